#!/usr/bin/env node
// Committed shim: the bin exists before `pnpm build`, so installing the
// workspace never warns about a missing bin; it runs the built server.
import '../dist/cli.js'
