/**
 * The domain event "a new wave of a recurring survey opened", emitted by the relaunch
 * (waves.service.ts) inside its transaction; the webhooks feature turns it into `wave.opened`
 * deliveries (docs/surveys.md) that commit with the new wave or not at all.
 */
import { defineEvent } from "../../platform/events.js";

export type WaveOpened = {
  organisationId: string;
  survey: { id: string; title: string; isAnonymous: boolean };
  previousSurveyId: string;
  seriesId: string;
  number: number;
  opensAt: string;
  closesAt: string;
  invitationCount: number;
};

export const waveOpened = defineEvent<WaveOpened>("survey.wave_opened");
