import { serializeJsonLd } from '@/lib/structured-data';

/**
 * Structured data for search engines. The one other raw-HTML sink besides the article body:
 * React would entity-escape script text (breaking the JSON), and serializeJsonLd already
 * escapes every `<`, so the content cannot close the element.
 */
export function JsonLd({ data }: { data: object | object[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
