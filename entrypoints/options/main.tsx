/** Options page entry: renders Margin's settings. */
import '@/lib/model/zod-jitless';
import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/styles/base.css';

render(<OptionsApp />, document.getElementById('app')!);
