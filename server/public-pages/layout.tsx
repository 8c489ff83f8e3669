/**
 * The shell of every public survey page, rendered to static HTML: language, viewport, the inline
 * stylesheet, no script. `renderPage` adds the doctype; React escapes every text it is given.
 */
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { messages, type PageLocale } from "./i18n.js";
import { css } from "./styles.js";

export function Layout({ locale, title, children }: { locale: PageLocale; title: string; children: ReactNode }) {
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
        <style>{css}</style>
      </head>
      <body>
        <main>{children}</main>
      </body>
    </html>
  );
}

/** A page that only says something: not found, closed, thanks, already answered. */
export function MessagePage({ locale, title, body }: { locale: PageLocale; title: string; body: string }) {
  return (
    <Layout locale={locale} title={title}>
      <h1>{title}</h1>
      <p>{body}</p>
    </Layout>
  );
}

export function renderPage(element: ReactNode): string {
  return `<!doctype html>${renderToStaticMarkup(element)}`;
}

export type MessageKind = "notFound" | "closed" | "notOpen" | "thanks" | "already";

/** The HTML of a message page in `locale`; `date` fills "opens on {date}". */
export function renderMessage(kind: MessageKind, locale: PageLocale, date = ""): string {
  const m = messages[locale];
  const texts: Record<MessageKind, [string, string]> = {
    notFound: [m.notFoundTitle, m.notFoundBody],
    closed: [m.closedTitle, m.closedBody],
    notOpen: [m.notOpenTitle, m.notOpenBody.replace("{date}", date)],
    thanks: [m.thanksTitle, m.thanksBody],
    already: [m.alreadyTitle, m.alreadyBody],
  };
  const [title, body] = texts[kind];
  return renderPage(<MessagePage locale={locale} title={title} body={body} />);
}
