import { createInstance, type TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import en from "./locales/en.json";
import fr from "./locales/fr.json";
import { type Measure, measureLabels } from "./measures";

async function labels(language: "fr" | "en") {
  const i18n = createInstance();
  await i18n.init({ lng: language, resources: { fr: { journeyMap: fr }, en: { journeyMap: en } }, interpolation: { escapeValue: false } });
  return measureLabels(i18n.getFixedT(language, "journeyMap") as TFunction<"journeyMap">, language);
}

const measured: Measure = { n: 1234, score: { mean: 4.2, share: 0.81, emotion: 1.2 } };
const tooFew: Measure = { n: 3, score: null };

describe("measureLabels", () => {
  it("writes the mean and n in French, with a decimal comma and grouped thousands", async () => {
    const fr = await labels("fr");
    expect(fr.short(measured)).toBe("4,2/5 · n=1\u202f234");
    expect(fr.long(measured)).toBe(
      "Satisfaction mesurée : 4,2 sur 5 en moyenne, 81\u00a0% de satisfaits (4 ou 5), 1\u202f234 réponses ; émotion mesurée +1,2",
    );
  });

  it("writes them in English when the interface is in English", async () => {
    const en = await labels("en");
    expect(en.short(measured)).toBe("4.2/5 · n=1,234");
    expect(en.long(measured)).toContain("81%");
    expect(en.long(measured)).toContain("+1.2");
  });

  it("says that there are too few answers under the minimum group size, with n", async () => {
    const fr = await labels("fr");
    expect(fr.short(tooFew)).toBe("n<5");
    expect(fr.long(tooFew)).toBe("Pas assez de réponses pour un score : 3 réponses, il en faut au moins 5");
    expect(fr.long({ n: 1, score: null })).toBe("Pas assez de réponses pour un score : 1 réponse, il en faut au moins 5");
  });

  it("writes an emotion with its sign and a true minus sign, as the designed emotions are", async () => {
    const fr = await labels("fr");
    expect(fr.emotion(-0.4)).toBe("\u22120,4");
    expect(fr.emotion(1.25)).toBe("+1,3");
    expect(fr.emotion(0)).toBe("0,0");
    expect(fr.measuredEmotion(-1)).toBe("mesurée \u22121,0");
  });
});
