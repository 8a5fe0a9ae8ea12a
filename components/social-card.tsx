import { siteConfig } from '@/lib/config';
import { SOCIAL_IMAGE_FONT, socialImageText } from '@/lib/social-image';
import { BrandMark } from './brand-mark';

interface SocialCardProps {
  /** Small capitals above the title: the category, or the tagline. */
  eyebrow: string;
  title: string;
  subtitle?: string;
}

/** The 1200×630 share card drawn by next/og (flexbox-only CSS, inline styles). */
export function SocialCard({ eyebrow, title, subtitle }: SocialCardProps) {
  const text = socialImageText(title);
  const fontSize = text.length > 110 ? 50 : text.length > 60 ? 62 : 76;
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: 'linear-gradient(135deg, #09090b 0%, #18181b 55%, #431407 100%)',
        color: '#fafafa',
        fontFamily: SOCIAL_IMAGE_FONT,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 22 }}>
        <BrandMark size={64} />
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <span style={{ fontSize: 32, letterSpacing: 2 }}>{socialImageText(siteConfig.name)}</span>
          <span style={{ fontSize: 22, color: '#a1a1aa' }}>{socialImageText(siteConfig.tagline)}</span>
        </div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 26 }}>
        <span style={{ fontSize: 26, letterSpacing: 4, color: '#fdba74', textTransform: 'uppercase' }}>{socialImageText(eyebrow)}</span>
        <span style={{ fontSize, lineHeight: 1.15 }}>{text}</span>
        {subtitle && <span style={{ fontSize: 28, lineHeight: 1.35, color: '#d4d4d8' }}>{socialImageText(subtitle)}</span>}
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', borderTop: '3px solid #c2410c', paddingTop: 22, fontSize: 22, color: '#a1a1aa' }}>
        <span>{new URL(siteConfig.url).host}</span>
        <span>{socialImageText(siteConfig.city)}</span>
      </div>
    </div>
  );
}
