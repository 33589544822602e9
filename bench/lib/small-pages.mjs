// Small third-party pages for the anchoring benchmark: forms and content pages assembled from the real
// component markup that govuk-frontend 6 and nhsuk-frontend 10 ship in their components'
// `fixtures.json` (both MIT licensed, © Crown copyright and NHS England; the HTML is read from
// node_modules when the bench runs, nothing is copied into the repository), with each package's own
// JavaScript run in the page (character counts rewrite their hints, tabs and accordions add their
// controls), plus two small hand-written pages in the markup of Django's admin and of AdminLTE.
// Every page is a string of HTML served on loopback; `assets` are the scripts the pages load.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const FRONTENDS = {
  govuk: {
    dir: 'govuk-frontend/dist/govuk',
    script: 'govuk-frontend.min.js',
    body: 'govuk-template__body govuk-frontend-supported',
  },
  nhsuk: {
    dir: 'nhsuk-frontend/dist/nhsuk',
    script: 'nhsuk-frontend.min.js',
    body: 'nhsuk-frontend-supported',
  },
};

/** Component fixtures (by component and fixture name) that make up each page. */
const PAGES = {
  'govuk-form': [
    'govuk',
    [
      ['error-summary', ['with everything', 'default']],
      [
        'character-count',
        ['default', 'with hint and error', 'with default value', 'with maxwords', 'with threshold'],
      ],
      ['error-message', ['default']],
      ['input', ['with error and hint', 'with hint text']],
      ['radios', ['with hint', 'inline', 'with hints on items']],
      ['checkboxes', ['with hint', 'with error message']],
      ['date-input', ['with errors only', 'default']],
      ['textarea', ['with error message']],
    ],
  ],
  'govuk-content': [
    'govuk',
    [
      ['notification-banner', ['default', 'with type as success']],
      ['summary-list', ['with actions', 'as a summary card with actions', 'default']],
      ['details', ['default', 'expanded', 'with html']],
      ['tabs', ['default']],
      ['accordion', ['default', 'with additional descriptions']],
      ['table', ['with head and caption']],
      ['inset-text', ['default']],
      ['warning-text', ['default']],
      ['task-list', ['with hint text and additional states']],
    ],
  ],
  'nhsuk-form': [
    'nhsuk',
    [
      ['error-summary', ['with multiple errors', 'default']],
      [
        'character-count',
        [
          'default',
          "with count type 'characters' and error message",
          "with count type 'characters' and value",
          "with count type 'characters' and threshold",
        ],
      ],
      ['error-message', ['default']],
      ['textarea', ['with error message and hint']],
      ['input', ['example phone number with error message', 'example email address']],
      ['date-input', ['default']],
    ],
  ],
  'nhsuk-content': [
    'nhsuk',
    [
      ['summary-list', ['example person: Karen Francis', 'with actions', 'with multiple actions']],
      ['details', ['default', 'expander', 'with HTML']],
      ['tabs', ['default', 'with visually hidden text']],
      ['inset-text', ['default']],
      ['warning-callout', ['default']],
      ['card', ['basic with summary list and actions']],
      ['task-list', ['default']],
    ],
  ],
};

/** Ids made unique per fixture (the fixtures reuse them), with every reference to them. */
function scopeIds(html, tag) {
  const suffix = (list) =>
    list
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => `${id}-${tag}`)
      .join(' ');
  return html
    .replace(
      /\b(id|for|aria-describedby|aria-controls|aria-labelledby|name)="([^"]+)"/g,
      (_, a, v) => `${a}="${suffix(v)}"`,
    )
    .replace(/href="#([^"]+)"/g, (_, v) => `href="#${v}-${tag}"`);
}

function fixturesPage(frontend, parts) {
  const { dir, body } = FRONTENDS[frontend];
  const sections = [];
  let k = 0;
  for (const [component, names] of parts) {
    const { fixtures } = require(`${dir}/components/${component}/fixtures.json`);
    for (const name of names) {
      const fixture =
        fixtures.find((f) => f.name === name && !f.hidden) ?? fixtures.find((f) => f.name === name);
      if (!fixture) throw new Error(`${frontend} ${component}: no fixture "${name}"`);
      sections.push(
        `<section data-fixture="${component}: ${name}">\n${scopeIds(fixture.html, `f${k++}`)}\n</section>`,
      );
    }
  }
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${frontend}</title></head>` +
    `<body class="${body}"><main id="main">\n${sections.join('\n')}\n</main>` +
    `<script type="module">import { initAll } from '/${frontend}.js'; initAll();</script></body></html>`
  );
}

const DJANGO = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Change child | Django site admin</title></head>
<body class="app-records model-child change-form"><div id="container">
<div id="header"><div id="branding"><h1 id="site-name"><a href="/admin/">Django administration</a></h1></div>
<div id="user-tools">Welcome, <strong>sokafor</strong>. <a href="/">View site</a> / <a href="/admin/password_change/">Change password</a> / <a href="/admin/logout/">Log out</a></div></div>
<nav aria-label="Breadcrumbs"><div class="breadcrumbs"><a href="/admin/">Home</a> › <a href="/admin/records/">Records</a> › <a href="/admin/records/child/">Children</a> › Amira Haddad</div></nav>
<main id="content-start" class="content"><div id="content" class="colM"><h1>Change child</h1><h2>Amira Haddad</h2>
<ul class="object-tools"><li><a href="history/" class="historylink">History</a></li></ul>
<form method="post" id="child_form" novalidate><div>
<p class="errornote">Please correct the errors below.</p>
<fieldset class="module aligned"><h2>Personal details</h2>
<div class="form-row errors field-legal_name"><ul class="errorlist"><li>This field is required.</li></ul><div><label class="required" for="id_legal_name">Legal name:</label><input type="text" name="legal_name" id="id_legal_name" maxlength="200" aria-describedby="id_legal_name_helptext"><div class="help" id="id_legal_name_helptext"><div>The name on the birth certificate, as the court order records it.</div></div></div></div>
<div class="form-row field-preferred_name"><div><label for="id_preferred_name">Preferred name:</label><input type="text" name="preferred_name" id="id_preferred_name" value="Amira"><div class="help"><div>Leave blank if the child uses their legal name.</div></div></div></div>
<div class="form-row errors field-date_of_birth"><ul class="errorlist"><li>Enter a valid date.</li></ul><div><label class="required" for="id_date_of_birth">Date of birth:</label><input type="text" name="date_of_birth" id="id_date_of_birth" size="10"><div class="help"><div>Format: DD/MM/YYYY.</div></div></div></div>
<div class="form-row field-legal_status"><div><label class="required" for="id_legal_status">Legal status:</label><select name="legal_status" id="id_legal_status"><option value="">---------</option><option value="s20" selected>Section 20 accommodated</option><option value="s31">Full care order</option><option value="s38">Interim care order</option></select></div></div>
</fieldset>
<fieldset class="module aligned collapse"><details><summary><h2 class="fieldset-heading">Placement</h2></summary>
<div class="form-row field-placement_address"><div><label for="id_placement_address">Placement address:</label><textarea name="placement_address" id="id_placement_address" rows="3">12 Orchard Close, Leeds</textarea><div class="help"><div>Shared only with professionals named in the placement plan.</div></div></div></div>
<div class="form-row errors field-placement_start"><ul class="errorlist"><li>Enter a valid date.</li></ul><div><label for="id_placement_start">Placement start:</label><input type="text" name="placement_start" id="id_placement_start"><div class="help"><div>Format: DD/MM/YYYY.</div></div></div></div>
</details></fieldset>
<div class="js-inline-admin-formset inline-group" id="visits-group"><div class="tabular inline-related"><fieldset class="module"><h2>Statutory visits</h2>
<table><thead><tr><th class="original"></th><th class="column-visit_date required">Visit date</th><th class="column-seen_alone">Seen alone</th><th class="column-summary">Summary</th><th>Delete?</th></tr></thead><tbody>
<tr class="form-row has_original" id="visits-0"><td class="original"><p>Visit on 04/02/2025 by S. Okafor</p></td><td class="field-visit_date">04/02/2025</td><td class="field-seen_alone">Yes</td><td class="field-summary"><p>Amira showed her room and talked about school; she wants more time with her brother.</p></td><td class="delete"><label>Delete</label></td></tr>
<tr class="form-row has_original" id="visits-1"><td class="original"><p>Visit on 11/03/2025 by S. Okafor</p></td><td class="field-visit_date">11/03/2025</td><td class="field-seen_alone">No</td><td class="field-summary"><p>Carer present throughout; Amira said she was tired and did not want to talk alone.</p></td><td class="delete"><label>Delete</label></td></tr>
<tr class="form-row has_original" id="visits-2"><td class="original"><p>Visit on 22/04/2025 by J. Mensah</p></td><td class="field-visit_date">22/04/2025</td><td class="field-seen_alone">Yes</td><td class="field-summary"><p>Seen alone in the garden; Amira asked when contact with her mother would restart.</p></td><td class="delete"><label>Delete</label></td></tr>
<tr class="form-row has_original" id="visits-3"><td class="original"><p>Visit on 30/05/2025 by J. Mensah</p></td><td class="field-visit_date">30/05/2025</td><td class="field-seen_alone">Yes</td><td class="field-summary"><p>Amira showed her room and talked about school; the carer reports better sleep since the move.</p></td><td class="delete"><label>Delete</label></td></tr>
</tbody></table></fieldset></div></div>
<div class="submit-row"><input type="submit" value="Save" class="default" name="_save"><input type="submit" value="Save and add another" name="_addanother"><input type="submit" value="Save and continue editing" name="_continue"><a href="delete/" class="deletelink">Delete</a></div>
</div></form></div></main>
<div id="footer"></div></div></body></html>`;

const ADMINLTE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>AdminLTE 3 | General Form Elements</title></head>
<body class="hold-transition sidebar-mini"><div class="wrapper">
<aside class="main-sidebar sidebar-dark-primary elevation-4"><a href="#" class="brand-link"><span class="brand-text font-weight-light">AdminLTE 3</span></a>
<div class="sidebar"><nav class="mt-2"><ul class="nav nav-pills nav-sidebar flex-column" role="menu">
<li class="nav-item"><a href="#" class="nav-link"><i class="nav-icon fas fa-tachometer-alt"></i><p>Dashboard</p></a></li>
<li class="nav-item menu-open"><a href="#" class="nav-link active"><i class="nav-icon fas fa-edit"></i><p>Forms<i class="fas fa-angle-left right"></i></p></a>
<ul class="nav nav-treeview"><li class="nav-item"><a href="#" class="nav-link active"><p>General Elements</p></a></li><li class="nav-item"><a href="#" class="nav-link"><p>Advanced Elements</p></a></li></ul></li>
<li class="nav-item"><a href="#" class="nav-link"><i class="nav-icon fas fa-table"></i><p>Tables</p></a></li></ul></nav></div></aside>
<div class="content-wrapper"><section class="content-header"><div class="container-fluid"><div class="row mb-2"><div class="col-sm-6"><h1>Referral intake</h1></div>
<div class="col-sm-6"><ol class="breadcrumb float-sm-right"><li class="breadcrumb-item"><a href="#">Home</a></li><li class="breadcrumb-item active">Referral intake</li></ol></div></div></div></section>
<section class="content"><div class="container-fluid"><div class="row"><div class="col-md-6">
<div class="card card-primary"><div class="card-header"><h3 class="card-title">Referrer details</h3></div>
<form><div class="card-body">
<div class="form-group"><label for="referrerEmail">Email address</label><input type="email" class="form-control is-invalid" id="referrerEmail" placeholder="Enter email"><span class="error invalid-feedback">Please enter a email address</span><small class="form-text text-muted">We'll never share the referrer's email with the family.</small></div>
<div class="form-group"><label for="referrerRole">Role</label><input type="text" class="form-control" id="referrerRole" value="School nurse"></div>
<div class="form-check"><input type="checkbox" class="form-check-input" id="consent1"><label class="form-check-label" for="consent1">Family consents to the referral</label></div>
</div><div class="card-footer"><button type="submit" class="btn btn-primary">Submit</button></div></form></div>
<div class="card card-info"><div class="card-header"><h3 class="card-title">Concern</h3></div>
<form class="form-horizontal"><div class="card-body">
<div class="form-group row"><label for="concernType" class="col-sm-2 col-form-label">Type</label><div class="col-sm-10"><select class="form-control" id="concernType"><option>Neglect</option><option>Emotional abuse</option><option>Physical abuse</option></select></div></div>
<div class="form-group row"><label for="concernDetail" class="col-sm-2 col-form-label">Details</label><div class="col-sm-10"><textarea class="form-control" id="concernDetail" rows="3">Child arrives hungry most mornings.</textarea><small class="form-text text-muted">Describe what was seen or heard, in the referrer's words where possible.</small></div></div>
</div><div class="card-footer"><button type="submit" class="btn btn-info">Submit</button><button type="submit" class="btn btn-default float-right">Cancel</button></div></form></div>
</div><div class="col-md-6">
<div class="card"><div class="card-header"><h3 class="card-title">Recent referrals</h3><div class="card-tools"><span class="badge badge-primary">4 new</span></div></div>
<div class="card-body p-0"><table class="table table-sm"><thead><tr><th style="width: 10px">#</th><th>Child</th><th>Status</th><th>Note</th></tr></thead><tbody>
<tr><td>1.</td><td>Child A</td><td><span class="badge bg-warning">Pending</span></td><td>Awaiting a call back from the school about attendance.</td></tr>
<tr><td>2.</td><td>Child B</td><td><span class="badge bg-success">Approved</span></td><td>Passed to the early help team for an assessment.</td></tr>
<tr><td>3.</td><td>Child C</td><td><span class="badge bg-warning">Pending</span></td><td>Awaiting a call back from the health visitor about weight.</td></tr>
<tr><td>4.</td><td>Child D</td><td><span class="badge bg-danger">Denied</span></td><td>No further action; information and advice given to the family.</td></tr>
</tbody></table></div></div>
<div class="callout callout-info"><h5>Threshold guidance</h5><p>Refer to the local threshold document before choosing a level of need; when in doubt, talk to the duty manager.</p></div>
<div class="timeline"><div class="time-label"><span class="bg-red">10 Feb. 2025</span></div>
<div><i class="fas fa-envelope bg-blue"></i><div class="timeline-item"><span class="time"><i class="fas fa-clock"></i> 12:05</span><h3 class="timeline-header"><a href="#">Duty team</a> sent you an email</h3><div class="timeline-body">The referral was screened and needs a strategy discussion before the end of the day.</div><div class="timeline-footer"><a class="btn btn-primary btn-sm">Read more</a><a class="btn btn-danger btn-sm">Delete</a></div></div></div>
<div><i class="fas fa-user bg-green"></i><div class="timeline-item"><span class="time"><i class="fas fa-clock"></i> 5 mins ago</span><h3 class="timeline-header no-border"><a href="#">Team manager</a> accepted the referral</h3></div></div>
<div><i class="fas fa-comments bg-yellow"></i><div class="timeline-item"><span class="time"><i class="fas fa-clock"></i> 27 mins ago</span><h3 class="timeline-header"><a href="#">School nurse</a> commented on the referral</h3><div class="timeline-body">The child said he had not eaten since lunch yesterday and asked to take fruit home.</div><div class="timeline-footer"><a class="btn btn-warning btn-flat btn-sm">View comment</a></div></div></div>
</div></div></div></div></section></div>
<footer class="main-footer"><strong>Copyright &copy; 2014-2021 AdminLTE.io.</strong> All rights reserved.</footer></div></body></html>`;

/** The pages (name → html) and the scripts they load (path → JavaScript). */
export function buildSmallPages() {
  const pages = new Map();
  for (const [name, [frontend, parts]] of Object.entries(PAGES))
    pages.set(name, fixturesPage(frontend, parts));
  pages.set('django-admin', DJANGO);
  pages.set('adminlte', ADMINLTE);
  const assets = new Map(
    Object.entries(FRONTENDS).map(([frontend, { dir, script }]) => [
      `${frontend}.js`,
      readFileSync(require.resolve(`${dir}/${script}`), 'utf8'),
    ]),
  );
  return { pages, assets };
}
