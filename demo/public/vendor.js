// Browser script for the vendor-style demo screens (/lcs/): only the form tabs. These pages are full
// server-rendered loads, so there is no client-side navigation, validation or session timer here.
import { initTabs } from './tabs.js';

initTabs();
