/**
 * The people search (Fluent's combobox, its popup positioning and tags) loads when a coach picks people, so
 * the first screen, which opens on a group, does not carry it (bench/tab.ts measures the first screen).
 */
import { lazyComponent } from '../../common/lazyComponent.js';

export const PeopleSearch = lazyComponent(async () => (await import('./PeopleSearch.js')).PeopleSearch);
