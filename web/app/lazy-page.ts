/**
 * Pages loaded when their route is first opened. Each page module — with the libraries only it uses
 * (PDF, graph, drag and drop, spreadsheets…) — becomes its own chunk, fetched together with the i18n
 * namespaces the page needs. The router preloads a route's component before rendering it (and on
 * hovering a link to it, `defaultPreload: "intent"`), so a page does not flash the loader; should it
 * render before its chunk arrives, it suspends and the router's pending component (Loading) shows.
 */
import { type AsyncRouteComponent, lazyRouteComponent } from "@tanstack/react-router";
import { type FeatureNamespace, loadNamespaces } from "./i18n";

// biome-ignore lint/suspicious/noExplicitAny: the constraint lazyRouteComponent itself uses
type PageModule = Record<string, any>;

/** `exportName` of the module `importer` loads, as a route component; `namespaces` load with it. */
export function lazyPage<T extends PageModule, K extends keyof T & string>(importer: () => Promise<T>, exportName: K, namespaces: readonly FeatureNamespace[] = []) {
  return lazyRouteComponent<T, K>(async () => (await Promise.all([importer(), loadNamespaces(namespaces)]))[0], exportName);
}

/**
 * A route component that renders lazy pages (passing them the route's params) and preloads them as
 * the router preloads a lazy route component.
 */
export function preloading<C extends (props: Record<string, never>) => unknown>(
  component: C,
  ...pages: AsyncRouteComponent<never>[]
): C & { preload: () => Promise<void> } {
  return Object.assign(component, {
    preload: async () => {
      await Promise.all(pages.map((page) => page.preload?.()));
    },
  });
}
