/**
 * therapy-widgets: the single entry. Importing it registers every element, once.
 */
import { define } from './core/define.js';
import { TherapyCrisis } from './elements/crisis/crisis.js';
import { TherapyConfidentiality } from './elements/confidentiality/confidentiality.js';
import { TherapyFaq } from './elements/faq/faq.js';

export { TherapyConfidentiality, TherapyCrisis, TherapyFaq };

define('therapy-crisis', TherapyCrisis);
define('therapy-faq', TherapyFaq);
define('therapy-confidentiality', TherapyConfidentiality);
