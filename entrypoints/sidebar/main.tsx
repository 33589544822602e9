/** Sidebar page entry: renders the sidebar app. */
import { render } from 'preact';
import { SidebarApp } from '@/components/sidebar/SidebarApp';
import '@/components/styles/base.css';

render(<SidebarApp />, document.getElementById('app')!);
