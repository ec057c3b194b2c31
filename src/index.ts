/**
 * therapy-widgets: the single entry. Importing it registers every element, once.
 */
import { define } from './core/define.js';
import { TherapyCrisis } from './elements/crisis/crisis.js';

export { TherapyCrisis };

define('therapy-crisis', TherapyCrisis);
