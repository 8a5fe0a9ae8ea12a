import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NewsletterForm } from '@/components/newsletter-form';
import { newsletterFrom } from '@/lib/config';
import { contentSecurityPolicy } from '@/lib/security';
import { parseHtml } from './helpers/html';

describe('the newsletter configuration', () => {
  it('is off unless NEWSLETTER_ACTION is set', () => {
    expect(newsletterFrom(undefined, undefined)).toBeNull();
    expect(newsletterFrom('  ', 'EMAIL')).toBeNull();
  });

  it("takes the provider's https form URL and its address field (email by default)", () => {
    expect(newsletterFrom('https://buttondown.com/api/emails/embed-subscribe/studio', undefined)).toEqual({
      action: 'https://buttondown.com/api/emails/embed-subscribe/studio',
      emailField: 'email',
    });
    expect(newsletterFrom('https://example.us1.list-manage.com/subscribe/post?u=1&id=2', 'EMAIL')?.emailField).toBe('EMAIL');
  });

  it('refuses anything but an https URL, saying what it wants', () => {
    expect(() => newsletterFrom('http://example.com/subscribe', undefined)).toThrow(/NEWSLETTER_ACTION must be the provider's https:\/\/ form URL/);
    expect(() => newsletterFrom('javascript:alert(1)', undefined)).toThrow(/NEWSLETTER_ACTION/);
    expect(() => newsletterFrom('not a url', undefined)).toThrow(/NEWSLETTER_ACTION/);
  });
});

describe('the sign-up form', () => {
  const newsletter = { action: 'https://app.convertkit.com/forms/123/subscriptions', emailField: 'email_address' };
  const root = parseHtml(renderToStaticMarkup(createElement(NewsletterForm, { newsletter, id: 'signup' })));

  it('posts the address straight to the provider, so it works without JavaScript', () => {
    const form = root.querySelector('form');
    expect(form?.getAttribute('action')).toBe(newsletter.action);
    expect(form?.getAttribute('method')).toBe('post');
    const input = form?.querySelector('input');
    expect(input?.attributes).toMatchObject({ name: 'email_address', type: 'email', required: '', id: 'signup-email' });
    expect(input?.toString()).toMatch(/autocomplete="email"/i);
    expect(form?.querySelector('button')?.getAttribute('type')).toBe('submit');
  });

  it('labels its field and names its region', () => {
    expect(root.querySelector('label')?.getAttribute('for')).toBe('signup-email');
    const section = root.querySelector('section');
    expect(section?.getAttribute('aria-labelledby')).toBe('signup-heading');
    expect(root.querySelector('#signup-heading')?.text).toMatch(/newsletter/);
  });

  it("is allowed by the Content-Security-Policy's form-action only for the provider's origin", () => {
    const options = { adsEnabled: false, development: false, https: true };
    expect(contentSecurityPolicy({ ...options, newsletterAction: newsletter.action })).toMatch(/form-action 'self' https:\/\/app\.convertkit\.com(;|$)/);
    expect(contentSecurityPolicy(options)).toMatch(/form-action 'self'(;|$)/);
  });
});
