// In unit tests lib/ modules marked "server-only" run in Node, which is where they belong.
export {};
