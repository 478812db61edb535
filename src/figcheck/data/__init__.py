"""Reference data in: packaging local tables and series of the statistics APIs as Data Packages.

``packaging`` turns a CSV or Excel table into a dataset folder; ``series`` fetches one series of
a provider (``providers/``), sets its unit by the rules of ``unit_rules`` and keeps it as a
snapshot; ``suites`` writes the integrity suite both use; ``snapshots`` writes a folder so that
nothing is half-written.
"""
