/** How much a check request may hold (shared by the API, the page's form and its textarea). */
export const MAX_TEXT_CHARS = 50_000;
