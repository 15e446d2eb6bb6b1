#!/usr/bin/env bash
# Placeholder replaced by the conversion work; keeps .ci/run runnable meanwhile.
true
