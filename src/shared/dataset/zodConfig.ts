/**
 * Imported before any schema is built, since Zod decides when it builds them. Without `jitless` Zod probes
 * for `new Function` to compile faster parsers, and under a CSP without 'unsafe-eval' (docs/embedding.md) the
 * browser reports that probe as a violation even though Zod catches it. The data is small: speed is no issue.
 * Zod's functional API ships without messages; the English ones name what was expected and what came.
 */
import * as z from 'zod/mini';

z.config({ ...z.locales.en(), jitless: true });
