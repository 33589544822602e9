/**
 * Sidebar page entry: starts listening for the frame token at once (the in-page script hands it over
 * when the frame has loaded), then renders the sidebar behind its gate.
 */
import '@/lib/model/zod-jitless';
import { render } from 'preact';
import { FrameGate } from '@/components/sidebar/FrameGate';
import { SidebarApp } from '@/components/sidebar/SidebarApp';
import { receiveFrameTokens } from '@/lib/page-bridge/receive-frame-token';
import '@/components/styles/base.css';

const inbox = receiveFrameTokens(window);

render(
  <FrameGate inbox={inbox}>{(hello) => <SidebarApp hello={hello} />}</FrameGate>,
  document.getElementById('app')!,
);
