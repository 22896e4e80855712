"""The codebook editor (variables, code tree, code form, recode dialogs) and codebook
import/export.
"""
