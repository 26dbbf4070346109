import { z } from 'zod'

/**
 * zod 4 compiles object parsers into generated code when it can, and finds out whether it can by
 * compiling an empty function the first time an object schema is built. The app's
 * Content-Security-Policy forbids eval (no 'unsafe-eval'), so that probe would be refused and
 * Chromium would report a CSP violation even though zod catches the error. Jitless mode: zod
 * neither compiles nor probes, and parses with its interpreter.
 *
 * Every module that builds a schema (the `wire.ts` files) imports this one first, so the setting
 * is in force before the first schema exists (`tests/security/csp.test.ts` checks the imports).
 */
z.config({ jitless: true })
