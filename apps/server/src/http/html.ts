/**
 * The one way the server writes HTML: Eta templates, which escape every `<%= … %>` value
 * (`& < > " '`). Templates live as strings next to the code that renders them (the server is
 * bundled into one file, so there is no template folder at run time) and are compiled once.
 * `<%~ … %>` (no escaping) is only for the output of another template.
 */
import { textDirection, type Locale } from '@fieldsafe/core';
import { Eta } from 'eta';

const eta = new Eta({ autoEscape: true, cache: true, autoTrim: false, useWith: false });

/**
 * The page every server-made page is built in: the reader's language and text direction, one
 * inline style sheet, no script and no external resource.
 */
eta.loadTemplate(
  '@page',
  `<!doctype html>
<html lang="<%= it.lang %>" dir="<%= it.dir %>"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title><%= it.title %></title>
<style><%~ it.style %></style></head><body>
<%~ it.body %>
</body></html>
`,
);

/** A template, compiled once, rendered with `it` = its data. */
export function htmlTemplate<Data extends object>(
  name: string,
  source: string,
): (data: Data) => string {
  const key = `@${name}`;
  eta.loadTemplate(key, source);
  return (data) => eta.render(key, data);
}

/**
 * A whole page: `body` is the output of a template (already escaped), `style` a constant of the
 * calling module.
 */
export function htmlPage(o: { lang: Locale; title: string; style: string; body: string }): string {
  return eta.render('@page', { ...o, dir: textDirection(o.lang) });
}
