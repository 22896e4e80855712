"""Creating a project and describing what is in it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from annotator import __version__
from annotator.core.codebook_spec import CodebookSpec, load_codebook_json
from annotator.core.vocabulary import CoderKind
from annotator.db import SCHEMA_REVISION
from annotator.db.models import Annotation, Code, Coder, Document, ProjectSetting, Variable
from annotator.db.project import Project, create_project_file
from annotator.resources import resource_path
from annotator.services.codebooks.reading import install_codebook
from annotator.services.quick_reads import ProjectInfo, VariableSummary


def default_codebook() -> CodebookSpec:
    """The codebook shipped with Annotator: actor, claim, sector, framing."""
    return load_codebook_json(resource_path("codebooks", "default.json"))


def new_project(path: Path | str, codebook: CodebookSpec | None = None) -> Project:
    """Create a project file holding `codebook` (the default one unless given) and open it."""
    spec = codebook if codebook is not None else default_codebook()

    def initialise(session: Session) -> None:
        install_codebook(session, spec)
        session.add_all(
            [
                ProjectSetting(key="created_by", value=f"Annotator {__version__}"),
                ProjectSetting(key="codebook_name", value=spec.name),
                ProjectSetting(key="codebook_version", value=spec.version),
                ProjectSetting(key="codebook_description", value=spec.description),
            ]
        )

    return create_project_file(path, initialise)


def project_info(project: Project) -> ProjectInfo:
    with project.reading() as session:

        def count(model: type) -> int:
            return session.scalar(select(func.count()).select_from(model)) or 0

        code_counts = dict(
            session.execute(select(Code.variable_id, func.count()).group_by(Code.variable_id)).all()
        )
        variables = [
            VariableSummary(variable.name, variable.kind.value, code_counts.get(variable.id, 0))
            for variable in session.scalars(select(Variable).order_by(Variable.position))
        ]
        return ProjectInfo(
            path=str(project.path),
            schema=SCHEMA_REVISION,
            documents=count(Document),
            annotations=count(Annotation),
            coders=list(session.scalars(select(Coder.name).order_by(Coder.id))),
            machine_coders=list(
                session.scalars(
                    select(Coder.name).where(Coder.kind == CoderKind.MACHINE).order_by(Coder.id)
                )
            ),
            variables=variables,
            settings={row.key: row.value for row in session.scalars(select(ProjectSetting))},
        )
