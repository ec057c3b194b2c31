/**
 * therapy-widgets: the single entry. Importing it registers every element, once.
 */
import { define } from './core/define.js';
import { TherapyConfidentiality } from './elements/confidentiality/confidentiality.js';
import { TherapyCrisis } from './elements/crisis/crisis.js';
import { TherapyFaq } from './elements/faq/faq.js';
import { TherapyGuide } from './elements/guide/guide.js';

export { TherapyConfidentiality, TherapyCrisis, TherapyFaq, TherapyGuide };
export type { TherapyScenarioDetail, TherapyStepDetail, TherapyToggleDetail } from './core/events.js';

define('therapy-crisis', TherapyCrisis);
define('therapy-guide', TherapyGuide);
define('therapy-confidentiality', TherapyConfidentiality);
define('therapy-faq', TherapyFaq);
