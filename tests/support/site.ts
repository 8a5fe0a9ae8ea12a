/**
 * Where the browser tests' servers keep their copy of the app and the fixture site, and the
 * fixture's facts the tests rely on (tests/fixtures/site/README.md has them all).
 */
import { SERVERS } from '../../playwright.config';
import { namedWorkspaceDir } from '../../scripts/lib/workspace';

/** The workspace folder of one of the browser tests' servers. */
export function serverWorkspace(name: keyof typeof SERVERS): string {
  return namedWorkspaceDir(SERVERS[name]);
}
