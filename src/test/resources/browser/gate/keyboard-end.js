// After the last Tab: the expected elements the focus never reached.
return window.__gate.candidates.filter(el => !el.__gateVisited).map(gateDescribe);
