import { render } from 'preact';

render(<h1>NK Context</h1>, document.getElementById('app')!);
