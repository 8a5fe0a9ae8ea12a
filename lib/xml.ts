/** XML documents for crawlers and feed readers, written by a maintained builder that escapes every value. */
import { XMLBuilder } from 'fast-xml-parser';

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, processEntities: true, suppressEmptyNode: true });

/** `<?xml …?>` and the element tree of `root` (`@name` keys are attributes, arrays repeat an element). */
export function xmlDocument(root: Record<string, unknown>): string {
  return builder.build({ '?xml': { '@version': '1.0', '@encoding': 'UTF-8' }, ...root }) as string;
}
