"""Generates the typed fal client package from YAML specs."""
