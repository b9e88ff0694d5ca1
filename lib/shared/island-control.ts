/**
 * A form field that reaches the page with its island rather than in its HTML: a drill's command,
 * a check's paste, the box that explains a command. The server writes the field in a <template>
 * inside a box of the field's size (`IslandControl`, lib/server/island.tsx); the islands' runtime
 * puts the field in the box's place before the island connects (lib/browser/define-island.ts).
 *
 * Why: at DOMContentLoaded Chromium asks of every text field in the document whether it can be
 * focused, which makes it style and lay out the page there and then, and each lesson section the
 * field sits in although `content-visibility` was skipping it. By every sign this is its form
 * autofill reading the page's forms: text fields and text areas cause it, radio buttons and
 * checkboxes do not, and autocomplete="off" does not stop it. On the
 * installation lesson (five drills, one check) that was 49 forced layouts in the task that
 * finishes parsing: 19-22 ms of CPU, the page's longest task, against 9-10 ms with the fields
 * out of the HTML (Chromium trace, median of 5, 2026-12-03). The fields only work with
 * JavaScript, which is what places them; without it their forms say so, as before.
 */
export const islandControl = 'data-island-control';
