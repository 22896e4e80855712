"""Inter-coder agreement on a project: loading the codings, aligned units, unitizing, and
the adjudication that settles disagreements.
"""
