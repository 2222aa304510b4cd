#!/usr/bin/env node
// The installed `yishi` command runs the built CLI. It is a file of its own, present before any
// build, so installing the workspace can link it (pointing `bin` at dist/ printed "Failed to create bin").
await import("../dist/bin.js");
