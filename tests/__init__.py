"""Tests for the local_slm integration."""
