/**
 * Imported before any schema is built, since Zod decides when it builds them. Without it Zod probes for
 * `new Function` to compile faster parsers, and under a CSP without 'unsafe-eval' (docs/embedding.md) the
 * browser reports that probe as a violation even though Zod catches it. The data is small: speed is no issue.
 */
import { z } from 'zod';

z.config({ jitless: true });
