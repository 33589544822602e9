/** What a tested adapter extracts from the page, and each problem, named, for the adapter editor. */
import type { BridgeResponses } from '@/lib/page-bridge/protocol';

const VALUE_LABELS = { personId: 'Person ID', formName: 'Form or screen', stepId: 'Step ID' } as const;

export function AdapterDiagnosisView({ result }: { result: BridgeResponses['adapter/test'] }) {
  const { diagnosis } = result;
  return (
    <div class="diagnosis" aria-labelledby="diagnosis-heading">
      <h3 id="diagnosis-heading">Result on {diagnosis.url}</h3>
      <p>
        {diagnosis.matches
          ? 'The URL pattern matches this page.'
          : 'The URL pattern does not match this page.'}
      </p>
      <dl class="facts">
        {(Object.keys(VALUE_LABELS) as (keyof typeof VALUE_LABELS)[]).map((key) =>
          diagnosis.values[key] ? (
            <div key={key}>
              <dt>{VALUE_LABELS[key]}</dt>
              <dd>{diagnosis.values[key]?.value ?? '—'}</dd>
            </div>
          ) : null,
        )}
        <div>
          <dt>Sensitive fields</dt>
          <dd>{diagnosis.sensitiveFields} found (never touched)</dd>
        </div>
      </dl>
      {diagnosis.problems.length > 0 && (
        <div role="alert" class="error">
          <p>Problems:</p>
          <ul>
            {diagnosis.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {diagnosis.fields.length > 0 && (
        <>
          <h4>Field names Margin will use</h4>
          <ul class="tags">
            {diagnosis.fields.map((field, index) => (
              <li key={index}>{field.label ?? `(no label) ${field.name ?? field.tag}`}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
