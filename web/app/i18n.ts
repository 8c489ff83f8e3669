/**
 * i18next setup: French by default, English second; keeps <html lang> in sync. Only the French
 * shell strings ("translation") are in the first load. English and each feature area's namespace
 * are chunks of their own, fetched when first needed: a feature's with the area's pages (lazyPage),
 * English when it is the language chosen (main.tsx waits for `i18nReady` before the first render).
 * A component using a namespace not loaded yet suspends until it arrives.
 */
import i18n, { type BackendModule, type ResourceKey } from "i18next";
import { initReactI18next } from "react-i18next";
import { readStoredLocale } from "../lib/locale";
import fr from "../locales/fr.json";

type LocaleModule = { default: ResourceKey };

/** The namespaces fetched when first needed, by language. */
const lazyLocales = {
  translation: { en: () => import("../locales/en.json") },
  admin: { fr: () => import("../features/admin/locales/fr.json"), en: () => import("../features/admin/locales/en.json") },
  journeys: { fr: () => import("../features/journeys/locales/fr.json"), en: () => import("../features/journeys/locales/en.json") },
  journeyMap: { fr: () => import("../features/journeys/map/locales/fr.json"), en: () => import("../features/journeys/map/locales/en.json") },
  ecosystem: { fr: () => import("../features/ecosystem/locales/fr.json"), en: () => import("../features/ecosystem/locales/en.json") },
  surveys: { fr: () => import("../features/surveys/locales/fr.json"), en: () => import("../features/surveys/locales/en.json") },
  workshops: { fr: () => import("../features/workshops/locales/fr.json"), en: () => import("../features/workshops/locales/en.json") },
  workshopLive: { fr: () => import("../features/workshops/live/locales/fr.json"), en: () => import("../features/workshops/live/locales/en.json") },
} satisfies Record<string, Partial<Record<"fr" | "en", () => Promise<LocaleModule>>>>;

export type FeatureNamespace = Exclude<keyof typeof lazyLocales, "translation">;
const loaders: Partial<Record<string, Partial<Record<string, () => Promise<LocaleModule>>>>> = lazyLocales;

const lazyLocaleBackend: BackendModule = {
  type: "backend",
  init: () => {},
  read(language, namespace, callback) {
    const load = loaders[namespace]?.[language];
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: Error) => callback(error, null),
    );
  },
};

i18n.on("languageChanged", (lng) => {
  document.documentElement.lang = lng;
});

/** Resolves once the shell's strings of the starting language are there. */
export const i18nReady: Promise<unknown> = i18n
  .use(lazyLocaleBackend)
  .use(initReactI18next)
  .init({
    // French shell strings bundled, everything else from the backend above when first needed.
    resources: { fr: { translation: fr } },
    partialBundledLanguages: true,
    // Synchronous start: in French nothing is to be fetched, so the first render needs no wait.
    initAsync: false,
    lng: readStoredLocale(),
    fallbackLng: "fr",
    supportedLngs: ["fr", "en"],
    interpolation: { escapeValue: false },
    returnNull: false,
  });

document.documentElement.lang = i18n.language;

/** Loads namespaces (current language and French fallback); resolves when they are usable. */
export function loadNamespaces(namespaces: readonly FeatureNamespace[]): Promise<void> {
  return namespaces.length === 0 ? Promise.resolve() : i18n.loadNamespaces([...namespaces]);
}

export default i18n;
