/**
 * therapy-widgets: the single entry. Importing it registers every element, once.
 */
import { define } from './core/define.js';
import { TherapyCrisis } from './elements/crisis/crisis.js';
import { TherapyFaq } from './elements/faq/faq.js';

export { TherapyCrisis, TherapyFaq };

define('therapy-crisis', TherapyCrisis);
define('therapy-faq', TherapyFaq);
