import { createInstance, type TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import en from "./locales/en.json";
import fr from "./locales/fr.json";
import { indexMeasures, type Measure, measureLabels } from "./measures";

async function labels(language: "fr" | "en") {
  const i18n = createInstance();
  await i18n.init({ lng: language, resources: { fr: { journeyMap: fr }, en: { journeyMap: en } }, interpolation: { escapeValue: false } });
  return measureLabels(i18n.getFixedT(language, "journeyMap") as TFunction<"journeyMap">, language);
}

const measured: Measure = { n: 1234, answers: 2468, score: { mean: 4.2, share: 0.81, emotion: 1.2 } };
const tooFew: Measure = { n: 3, answers: 6, score: null };

describe("measureLabels", () => {
  it("writes the mean and n in French, with a decimal comma and grouped thousands", async () => {
    const fr = await labels("fr");
    expect(fr.short(measured)).toBe("4,2/5 · n=1\u202f234");
    expect(fr.long(measured)).toBe(
      "Satisfaction mesurée : 4,2 sur 5 en moyenne, 81\u00a0% de satisfaits (4 ou 5), 1\u202f234 personnes (2\u202f468 réponses) ; émotion mesurée +1,2",
    );
  });

  it("writes them in English when the interface is in English", async () => {
    const en = await labels("en");
    expect(en.short(measured)).toBe("4.2/5 · n=1,234");
    expect(en.long(measured)).toContain("81%");
    expect(en.long(measured)).toContain("+1.2");
  });

  it("says that there are too few respondents under the minimum group size, counting people", async () => {
    const fr = await labels("fr");
    expect(fr.short(tooFew)).toBe("n<5");
    expect(fr.long(tooFew)).toBe("Pas assez de répondants pour un score : 3 personnes, il en faut au moins 5");
    expect(fr.long({ n: 1, answers: 2, score: null })).toBe("Pas assez de répondants pour un score : 1 personne, il en faut au moins 5");
  });

  it("shows n as people, not answers, when two satisfaction questions are pooled", async () => {
    const topBox = { n: 10, share: 0.8, satisfied: 8, scale: "1-5" as const };
    const indexed = indexMeasures({
      cells: [],
      steps: [{ stepId: "s1", result: { status: "ok", value: topBox, people: 5 }, mean: 4.1, measuredEmotion: 1.1 }],
    });
    const step = indexed?.steps.get("s1");
    expect(step).toMatchObject({ n: 5, answers: 10 });
    expect((await labels("fr")).short(step as Measure)).toBe("4,1/5 · n=5");
  });

  it("writes an emotion with its sign and a true minus sign, as the designed emotions are", async () => {
    const fr = await labels("fr");
    expect(fr.emotion(-0.4)).toBe("\u22120,4");
    expect(fr.emotion(1.25)).toBe("+1,3");
    expect(fr.emotion(0)).toBe("0,0");
    expect(fr.measuredEmotion(-1)).toBe("mesurée \u22121,0");
  });
});
