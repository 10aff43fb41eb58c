// npm run add -- [--feed URL]... [--articles DIR] [--out FILE] [--timeout SECONDS] [--no-build] <url|file|folder>...
// The command is add-command.ts. On Linux it runs in a child process whose allocator asks for
// huge pages (huge-pages.ts), as build:facts does: adding an article ends in an incremental build,
// whose buffers cost less to touch so. The command's modules are loaded only where it runs.
import { ranWithHugePages } from './huge-pages.js';

if (!(await ranWithHugePages())) await import('./add-command.js');
