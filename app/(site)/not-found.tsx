import { NotFoundView } from '@/components/not-found-view';
import { currentEdition } from '@/lib/edition';

/** For a page that finds nothing to show (in development: content edited away under it). */
export default async function NotFound() {
  return <NotFoundView latest={(await currentEdition()).articles.slice(0, 3)} />;
}
