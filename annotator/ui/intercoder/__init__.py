"""Inter-coder agreement in the window: the dialog, its chart and tables, and the side by
side comparison of one disagreement.
"""
