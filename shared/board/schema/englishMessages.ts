/**
 * Zod Mini carries no messages of its own ("Invalid input" for everything): with these, refusals
 * name what is wrong ("Too big: expected string to have <=200 characters"), in English on both
 * sides. Imported once by the server at start and by the test runner; the browser loads it after
 * the board's first render, since no message can be needed before someone has typed something.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());
