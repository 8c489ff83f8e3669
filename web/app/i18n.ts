/** i18next setup: French by default, English second; keeps <html lang> in sync. */
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import adminEn from "../features/admin/locales/en.json";
import adminFr from "../features/admin/locales/fr.json";
import ecosystemEn from "../features/ecosystem/locales/en.json";
import ecosystemFr from "../features/ecosystem/locales/fr.json";
import journeysEn from "../features/journeys/locales/en.json";
import journeysFr from "../features/journeys/locales/fr.json";
import journeyMapEn from "../features/journeys/map/locales/en.json";
import journeyMapFr from "../features/journeys/map/locales/fr.json";
import surveysEn from "../features/surveys/locales/en.json";
import surveysFr from "../features/surveys/locales/fr.json";
import workshopLiveEn from "../features/workshops/live/locales/en.json";
import workshopLiveFr from "../features/workshops/live/locales/fr.json";
import workshopsEn from "../features/workshops/locales/en.json";
import workshopsFr from "../features/workshops/locales/fr.json";
import en from "../locales/en.json";
import fr from "../locales/fr.json";
import { readStoredLocale } from "../lib/locale";

i18n.on("languageChanged", (lng) => {
  document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  // "translation" holds the shell's strings; each feature area has its own namespace.
  resources: {
    fr: {
      translation: fr,
      journeys: journeysFr,
      journeyMap: journeyMapFr,
      ecosystem: ecosystemFr,
      surveys: surveysFr,
      workshops: workshopsFr,
      admin: adminFr,
      workshopLive: workshopLiveFr,
    },
    en: {
      translation: en,
      journeys: journeysEn,
      journeyMap: journeyMapEn,
      ecosystem: ecosystemEn,
      surveys: surveysEn,
      workshops: workshopsEn,
      admin: adminEn,
      workshopLive: workshopLiveEn,
    },
  },
  lng: readStoredLocale(),
  fallbackLng: "fr",
  supportedLngs: ["fr", "en"],
  interpolation: { escapeValue: false },
  returnNull: false,
});

document.documentElement.lang = i18n.language;

export default i18n;
