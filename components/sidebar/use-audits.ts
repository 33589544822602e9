/** The audits on this device with their templates, and which one is active, kept current. */
import { useEffect, useState } from 'preact/hooks';
import { request } from '@/lib/messaging/client';
import type { Audit } from '@/lib/model/audit';
import type { Template } from '@/lib/model/template';
import { getActiveAuditId, watchActiveAuditId } from '@/lib/audit/active-audit';
import { useBackgroundQuery } from '../use-background-query';

export interface AuditsView {
  audits: Audit[];
  templates: Template[];
  active: { audit: Audit; template: Template } | null;
  activeId: string | null;
  loading: boolean;
  error: string | null;
}

export function useAudits(): AuditsView {
  const data = useBackgroundQuery(['audits', 'templates'], () => request({ type: 'audit/list' }), []);
  const [activeId, setActiveId] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    void getActiveAuditId().then((id) => !controller.signal.aborted && setActiveId(id));
    watchActiveAuditId(setActiveId, controller.signal);
    return () => controller.abort();
  }, []);
  if (data.status !== 'ready') {
    return {
      audits: [],
      templates: [],
      active: null,
      activeId,
      loading: data.status === 'loading',
      error: data.status === 'error' ? data.message : null,
    };
  }
  const { audits, templates } = data.value;
  const audit = audits.find((candidate) => candidate.id === activeId);
  const template =
    audit && templates.find((t) => t.id === audit.templateId && t.version === audit.templateVersion);
  return {
    audits,
    templates,
    active: audit && template ? { audit, template } : null,
    activeId,
    loading: false,
    error: null,
  };
}
