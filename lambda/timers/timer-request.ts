/** The body of the Timers API request for the ice timer: twenty minutes, then Alexa says to switch to heat. */
import type { services } from 'ask-sdk-model';
import { TIMER_TEXTS } from '../content';

/** Ice goes on for about twenty minutes after a sudden strain (topic "timing"). */
const ICE_DURATION = 'PT20M';

type AnnouncedLocale = keyof typeof TIMER_TEXTS.announce;

function isAnnouncedLocale(locale: string | undefined): locale is AnnouncedLocale {
  return locale !== undefined && Object.hasOwn(TIMER_TEXTS.announce, locale);
}

/** The switch-to-heat line in the request's locale; a locale the skill has no line for gets US English. */
function announcementFor(locale: string | undefined): services.timerManagement.TextToAnnounce {
  const known: AnnouncedLocale = isAnnouncedLocale(locale) ? locale : 'en-US';
  return { locale: known, text: TIMER_TEXTS.announce[known] };
}

export function iceTimerRequest(locale: string | undefined): services.timerManagement.TimerRequest {
  return {
    duration: ICE_DURATION,
    timerLabel: TIMER_TEXTS.label,
    creationBehavior: { displayExperience: { visibility: 'VISIBLE' } },
    triggeringBehavior: {
      operation: { type: 'ANNOUNCE', textToAnnounce: [announcementFor(locale)] },
      notificationConfig: { playAudible: true },
    },
  };
}
