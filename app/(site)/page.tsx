import { ArticleGrid } from '@/components/article-grid';
import { ExploreTopics } from '@/components/explore-topics';
import { LeadStory } from '@/components/lead-story';
import { NewsletterForm } from '@/components/newsletter-form';
import { SectionHeading } from '@/components/section-heading';
import { siteConfig } from '@/lib/config';
import { currentEdition } from '@/lib/edition';
import { getHomeContent } from '@/lib/listings';
import { pageMetadata } from '@/lib/seo';
import { categoryUrl, homeUrl, newsUrl } from '@/lib/urls';

export const metadata = pageMetadata({
  title: `${siteConfig.name} — ${siteConfig.tagline}`,
  description: siteConfig.description,
  path: homeUrl(),
  absoluteTitle: true,
});

export default async function HomePage() {
  const { lead, latest, strips } = getHomeContent(await currentEdition());
  return (
    <>
      <div className="container-page pt-10">
        <h1 className="sr-only">{`${siteConfig.name} — ${siteConfig.tagline} news`}</h1>
        {lead ? <LeadStory article={lead} /> : <p>Nothing has been published yet.</p>}
        {latest.length > 0 && (
          <section aria-labelledby="latest" className="mt-16">
            <SectionHeading id="latest" title="Latest" href={newsUrl()} linkLabel="All news" />
            <ArticleGrid articles={latest} headingLevel="h3" withAds />
          </section>
        )}
        {strips.map(({ category, articles }) => (
          <section key={category.slug} aria-labelledby={`strip-${category.slug}`} className="mt-16">
            <SectionHeading id={`strip-${category.slug}`} title={category.name} href={categoryUrl(category.slug)} linkLabel={`More ${category.name}`} />
            <ArticleGrid articles={articles} headingLevel="h3" />
          </section>
        ))}
        {siteConfig.newsletter && <NewsletterForm newsletter={siteConfig.newsletter} id="newsletter-home" />}
      </div>
      <ExploreTopics />
    </>
  );
}
