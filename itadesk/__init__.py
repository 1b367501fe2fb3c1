"""ITA Desk: an agency's integrity and transparency measures and their report."""

__version__ = "0.1.0"
