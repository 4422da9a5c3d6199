"""What the mock organization holds at start: nothing much, or the demo organization.

Both seeds show the organization id (:data:`~ango_hub.mock.state.ORGANIZATION_ID`) where a
client can find it: the ``organization`` of every storage (``list_storages``), project,
user and LLM configuration.

``seed=None``: no project; one storage, ``Default storage`` (AWS, id
:data:`~ango_hub.mock.state.DEFAULT_STORAGE_ID`), so that ``list_storages`` has something
to list; one member, the owner of the API key (``owner@example.com``, ``admin``).

``seed="demo"``: a small but realistic organization, identical on every run (ids come from
``random.Random(0)``, timestamps from a fixed clock starting 2025-01-10):

* storages ``ango-demo-images`` (AWS, eu-central-1) and ``ango-demo-documents`` (GCP);
* members of the organization: the owner of the API key (``owner@example.com``, admin),
  alice, bob (labelers), carol (reviewer) and dave (lead), ``@example.com``; dave is an
  organization admin, the others members; ``lastActiveAt`` is their last submission;
  alice, bob, carol and dave are members of every demo project;
* invitations: ``erin@example.com`` (pending, Labeler in ``Vehicle detection``) and
  ``frank@example.com`` (expired);
* one LLM configuration, ``Demo chat model`` (openai, gpt-4o-mini);
* ``Vehicle detection`` (images): tools ``Vehicle`` (bounding box, nested radio ``Type``:
  Car/Truck/Bus) and ``Road`` (polygon), global checkbox ``Conditions``
  (Night/Rain/Fog/Snow); workflow Start -> Label -> Review -> Complete; batches
  ``City streets`` and ``Highway``; 100 tasks: 45 annotated, reviewed and Complete, 15
  annotated and waiting in Review, 40 in Label (10 of them assigned to alice); two open
  issues on Review tasks;
* ``News NER`` (texts, the asset's data is the text itself): NER tools ``Person``,
  ``Organization``, ``Location``, global radio ``Sentiment``; default workflow; batches
  ``January news`` and ``February news``; 70 tasks, 30 of them annotated and Complete;
* ``Product photos`` (classification only): radio ``Category``, checkbox ``Defects``;
  default workflow; batch ``Spring catalog``; 30 tasks, 10 annotated and Complete.

That is 200 tasks, each annotated one with its history records (one per submission).

The image assets' ``data`` are pictures the mock draws and serves itself
(``<root>/mock/demo-images/vehicles/street-0001.png``, ``.../products/product-0001.png``;
see :mod:`ango_hub.mock.files.demo_images`), of the size their ``metadata`` gives: streets
(a city for ``City streets``, a highway for ``Highway``) with their vehicles where the
labels' boxes are, and products on a plain background. The demo works offline.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from ..files.demo_images import demo_image_path
from ..web.own_urls import own_url
from .base import Json
from .files import DemoImage
from .mock_state import MockState

__all__ = [
    "DEMO_PROJECT_NAMES",
    "SEEDS",
    "apply_seed",
    "seed_demo",
    "seed_empty",
]

DEMO_START = datetime(2025, 1, 10, 9, 0, tzinfo=UTC)
DEMO_PROJECT_NAMES = ("Vehicle detection", "News NER", "Product photos")
_LABELERS = ("alice@example.com", "bob@example.com")
_REVIEWER = "carol@example.com"
_LEAD = "dave@example.com"
#: The sizes of the demo pictures (the assets' metadata says them too).
_STREET_SIZE = (1920, 1080)
_PRODUCT_SIZE = (1024, 1024)


def seed_empty(state: MockState) -> None:
    """An organization without projects, with one storage."""
    state.storages.add_default()


def apply_seed(state: MockState, seed: str | None) -> None:
    """Fill ``state`` with the named seed (None: :func:`seed_empty`)."""
    try:
        seeder = SEEDS[seed]
    except KeyError:
        known = ", ".join(repr(name) for name in SEEDS if name is not None)
        raise ValueError(f"Unknown seed {seed!r} (known: None, {known})") from None
    seeder(state)


class _Clock:
    """A clock that shows the time it is set to."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


class _DemoBuilder:
    def __init__(self, state: MockState) -> None:
        self.state = state
        self.rng = random.Random(0)
        self.clock = _Clock(DEMO_START)

    def new_id(self) -> str:
        return f"{self.rng.getrandbits(96):024x}"

    def schema_id(self) -> str:
        return f"{self.rng.getrandbits(92):023x}"

    def at(self, moment: datetime) -> None:
        self.clock.moment = moment

    def options(self, *values: str) -> list[Json]:
        return [{"value": value, "schemaId": self.schema_id()} for value in values]

    def user_id(self, email: str) -> str:
        return str(self.state.users.ensure(email)["_id"])

    def members(self, project: Json) -> None:
        project["assignedTo"] = [
            {"assignee": _LABELERS[0], "role": "Labeler"},
            {"assignee": _LABELERS[1], "role": "Labeler"},
            {"assignee": _REVIEWER, "role": "Reviewer"},
            {"assignee": _LEAD, "role": "Lead"},
        ]

    def annotate(self, task: Json, answer: Json, *, after: datetime, review: bool) -> None:
        """Label (and submit) a task, then review (and submit) it when ``review``."""
        labeler = self.rng.choice(_LABELERS)
        task["assignee"] = labeler
        labeled_at = after + timedelta(hours=self.rng.randint(20, 60), minutes=self.rng.randint(0, 59))
        self.at(labeled_at)
        self.state.annotate(
            task,
            answer,
            duration=self.rng.randint(15_000, 240_000),
            user_id=self.user_id(labeler),
            submit=True,
        )
        if review:
            self.at(labeled_at + timedelta(hours=self.rng.randint(2, 30)))
            self.state.annotate(
                task,
                answer,
                duration=self.rng.randint(5_000, 60_000),
                user_id=self.user_id(_REVIEWER),
                submit=True,
            )
            task["review"] = {"status": "Accepted"}

    def metadata(self, created_by: str) -> Json:
        return {"createdAt": int(self.clock.moment.timestamp() * 1000), "createdBy": created_by}


def seed_demo(state: MockState) -> None:
    """The demo organization (see the module docstring)."""
    builder = _DemoBuilder(state)
    with state.deterministic(builder.new_id, builder.clock):
        images = state.storages.add("ango-demo-images", "AWS", "eu-central-1")
        builder.at(DEMO_START + timedelta(minutes=5))
        state.storages.add("ango-demo-documents", "GCP", "europe-west1")
        for email in (*_LABELERS, _REVIEWER, _LEAD):
            state.users.ensure(email)
        _vehicle_detection(builder, images["_id"])
        _news_ner(builder)
        _product_photos(builder)
        _organization(builder)


def _vehicle_detection(builder: _DemoBuilder, storage_id: str) -> None:
    state, rng = builder.state, builder.rng
    vehicle_types = builder.options("Car", "Truck", "Bus")
    type_classification: Json = {
        "title": "Type",
        "tool": "radio",
        "required": True,
        "schemaId": builder.schema_id(),
        "columnField": False,
        "options": vehicle_types,
        "classifications": [],
    }
    vehicle: Json = {
        "title": "Vehicle",
        "tool": "bounding-box",
        "required": False,
        "schemaId": builder.schema_id(),
        "columnField": False,
        "color": "#9c27b0",
        "shortcutKey": "1",
        "classifications": [type_classification],
    }
    road: Json = {
        "title": "Road",
        "tool": "polygon",
        "required": False,
        "schemaId": builder.schema_id(),
        "columnField": False,
        "color": "#4caf50",
        "shortcutKey": "2",
        "classifications": [],
    }
    conditions_options = builder.options("Night", "Rain", "Fog", "Snow")
    conditions: Json = {
        "title": "Conditions",
        "tool": "checkbox",
        "required": False,
        "schemaId": builder.schema_id(),
        "columnField": False,
        "options": conditions_options,
        "classifications": [],
    }
    stages = [
        {"id": "Start", "name": "Start", "type": "Start", "next": ["Label"]},
        {"id": "Label", "name": "Label", "type": "Label", "next": ["Review"]},
        {"id": "Review", "name": "Review", "type": "Review", "next": ["Complete", "Label"]},
        {"id": "Complete", "name": "Complete", "type": "Complete", "next": []},
    ]
    builder.at(DEMO_START + timedelta(hours=1))
    project = state.projects.create(
        "Vehicle detection",
        description="Bounding boxes around vehicles and polygons around roads in street and highway photos.",
        category_schema={"tools": [vehicle, road], "classifications": [conditions], "relations": []},
        stages=stages,
    )
    builder.members(project)
    city = state.projects.create_batch(project, "City streets")
    highway = state.projects.create_batch(project, "Highway")
    created = DEMO_START + timedelta(days=5)
    annotated = rng.sample(range(100), 60)
    complete, in_review = set(annotated[:45]), set(annotated[45:])
    unassigned_label = [index for index in range(100) if index not in complete and index not in in_review]
    assigned_to_alice = set(unassigned_label[:10])
    issues_left = 2
    for index in range(100):
        moment = created + timedelta(minutes=7 * index)
        builder.at(moment)
        name = f"street-{index + 1:04d}.jpg"
        picture = demo_image_path("vehicles", f"street-{index + 1:04d}.png")
        _asset, task = state.create_asset(
            project,
            data=own_url(picture),
            external_id=name,
            batches=[city["_id"] if index < 50 else highway["_id"]],
            storage=storage_id,
            metadata={"width": _STREET_SIZE[0], "height": _STREET_SIZE[1]},
            priority=rng.choice((0, 0, 0, 1, 2)),
        )
        if index in assigned_to_alice:
            task["assignee"] = _LABELERS[0]
        if index not in complete and index not in in_review:
            state.files.add_demo_image(picture, _street_picture(index, _unlabeled_vehicles(name)))
            continue
        objects: list[Json] = []
        for _ in range(rng.randint(1, 4)):
            x, y = rng.uniform(0, 1600), rng.uniform(300, 900)
            kind = rng.choice(vehicle_types)
            objects.append(
                {
                    "objectId": builder.schema_id(),
                    "schemaId": vehicle["schemaId"],
                    "title": "Vehicle",
                    "bounding-box": {
                        "x": round(x, 1),
                        "y": round(y, 1),
                        "width": round(rng.uniform(60, 320), 1),
                        "height": round(rng.uniform(40, 180), 1),
                    },
                    "classifications": [
                        {
                            "schemaId": type_classification["schemaId"],
                            "title": "Type",
                            "answer": kind["schemaId"],
                        }
                    ],
                    "metadata": builder.metadata("import"),
                }
            )
        if rng.random() < 0.6:
            objects.append(
                {
                    "objectId": builder.schema_id(),
                    "schemaId": road["schemaId"],
                    "title": "Road",
                    "polygon": [[0, 1080], [760, 560], [1160, 560], [1920, 1080]],
                    "classifications": [],
                    "metadata": builder.metadata("import"),
                }
            )
        chosen = [option["schemaId"] for option in conditions_options if rng.random() < 0.25]
        classifications = (
            [{"schemaId": conditions["schemaId"], "title": "Conditions", "answer": chosen}] if chosen else []
        )
        answer = {"objects": objects, "classifications": classifications, "relations": []}
        builder.annotate(task, answer, after=moment, review=index in complete)
        kinds = {option["schemaId"]: number for number, option in enumerate(vehicle_types)}
        boxes = [
            (
                *(item["bounding-box"][key] for key in ("x", "y", "width", "height")),
                kinds[item["classifications"][0]["answer"]],
            )
            for item in objects
            if "bounding-box" in item
        ]
        state.files.add_demo_image(picture, _street_picture(index, boxes))
        if index in in_review and issues_left:
            issues_left -= 1
            builder.at(builder.clock.moment + timedelta(hours=3))
            state.create_issue(
                task,
                {"content": "The box is too loose around the vehicle.", "position": "[420, 610]", "page": 0},
            )


def _street_picture(index: int, vehicles: list[tuple[float, float, float, float, int]]) -> DemoImage:
    """The picture of street ``index`` (city for the first 50, highway after), vehicles where
    the boxes are."""
    width, height = _STREET_SIZE
    return DemoImage(
        "street", width, height, variant=0 if index < 50 else 1, seed=index, vehicles=tuple(vehicles)
    )


def _unlabeled_vehicles(name: str) -> list[tuple[float, float, float, float, int]]:
    """Vehicles for a picture nobody labeled yet (from a generator of its own, so that the
    seed's ids do not change)."""
    rng = random.Random(name)
    return [
        (
            round(rng.uniform(0, 1600), 1),
            round(rng.uniform(300, 900), 1),
            round(rng.uniform(60, 320), 1),
            round(rng.uniform(40, 180), 1),
            rng.randrange(3),
        )
        for _ in range(rng.randint(1, 4))
    ]


_PEOPLE = ("Angela Weber", "Marcus Chen", "Sofia Rossi", "Daniel Okafor", "Lena Hoffmann", "Ravi Patel")
_ORGANIZATIONS = ("Siemens", "Nordbank", "Helix Robotics", "the European Central Bank", "Vantage Motors")
_LOCATIONS = ("Berlin", "Frankfurt", "Lisbon", "Munich", "Rotterdam", "Vienna")
_TEMPLATES = (
    "{person} met executives of {organization} in {location} on Monday.",
    "{organization} said that {person} will open its new office in {location}.",
    "In {location}, {person} praised the quarterly results of {organization}.",
    "{person} left {organization} after ten years and moved to {location}.",
)


def _news_ner(builder: _DemoBuilder) -> None:
    state, rng = builder.state, builder.rng
    tools = {
        title: {
            "title": title,
            "tool": "ner",
            "required": False,
            "schemaId": builder.schema_id(),
            "columnField": False,
            "color": color,
            "shortcutKey": key,
            "classifications": [],
        }
        for title, color, key in (
            ("Person", "#e91e63", "a"),
            ("Organization", "#3f51b5", "b"),
            ("Location", "#009688", "c"),
        )
    }
    sentiments = builder.options("Positive", "Neutral", "Negative")
    sentiment: Json = {
        "title": "Sentiment",
        "tool": "radio",
        "required": True,
        "schemaId": builder.schema_id(),
        "columnField": False,
        "options": sentiments,
        "classifications": [],
    }
    builder.at(DEMO_START + timedelta(days=1, hours=2))
    project = state.projects.create(
        "News NER",
        description="Named entities (people, organizations, places) and the sentiment of news sentences.",
        category_schema={"tools": list(tools.values()), "classifications": [sentiment], "relations": []},
    )
    builder.members(project)
    january = state.projects.create_batch(project, "January news")
    february = state.projects.create_batch(project, "February news")
    complete = set(rng.sample(range(70), 30))
    created = DEMO_START + timedelta(days=6)
    for index in range(70):
        moment = created + timedelta(minutes=5 * index)
        builder.at(moment)
        entities = {
            "person": rng.choice(_PEOPLE),
            "organization": rng.choice(_ORGANIZATIONS),
            "location": rng.choice(_LOCATIONS),
        }
        text = rng.choice(_TEMPLATES).format(**entities)
        _asset, task = state.create_asset(
            project,
            data=text,
            external_id=f"news-{index + 1:04d}.txt",
            batches=[january["_id"] if index < 35 else february["_id"]],
        )
        if index not in complete:
            continue
        objects = []
        for key, title in (("person", "Person"), ("organization", "Organization"), ("location", "Location")):
            start = text.index(entities[key])
            objects.append(
                {
                    "objectId": builder.schema_id(),
                    "schemaId": tools[title]["schemaId"],
                    "title": title,
                    "ner": {"start": start, "end": start + len(entities[key])},
                    "classifications": [],
                    "metadata": builder.metadata("import"),
                }
            )
        answer = {
            "objects": objects,
            "classifications": [
                {
                    "schemaId": sentiment["schemaId"],
                    "title": "Sentiment",
                    "answer": rng.choice(sentiments)["schemaId"],
                }
            ],
            "relations": [],
        }
        builder.annotate(task, answer, after=moment, review=False)


def _product_photos(builder: _DemoBuilder) -> None:
    state, rng = builder.state, builder.rng
    categories = builder.options("Shoes", "Bags", "Watches")
    defects = builder.options("Scratch", "Stain", "Tear")
    category: Json = {
        "title": "Category",
        "tool": "radio",
        "required": True,
        "schemaId": builder.schema_id(),
        "columnField": True,
        "options": categories,
        "classifications": [],
    }
    defect: Json = {
        "title": "Defects",
        "tool": "checkbox",
        "required": False,
        "schemaId": builder.schema_id(),
        "columnField": False,
        "options": defects,
        "classifications": [],
    }
    builder.at(DEMO_START + timedelta(days=2, hours=4))
    project = state.projects.create(
        "Product photos",
        description="Classify catalog photos by product category and note visible defects.",
        category_schema={"tools": [], "classifications": [category, defect], "relations": []},
    )
    builder.members(project)
    spring = state.projects.create_batch(project, "Spring catalog")
    complete = set(rng.sample(range(30), 10))
    created = DEMO_START + timedelta(days=7)
    for index in range(30):
        moment = created + timedelta(minutes=11 * index)
        builder.at(moment)
        name = f"product-{index + 1:04d}.png"
        picture = demo_image_path("products", name)
        width, height = _PRODUCT_SIZE
        state.files.add_demo_image(
            picture, DemoImage("product", width, height, variant=index % 3, seed=index)
        )
        _asset, task = state.create_asset(
            project,
            data=own_url(picture),
            external_id=name,
            batches=[spring["_id"]],
            metadata={"width": _PRODUCT_SIZE[0], "height": _PRODUCT_SIZE[1]},
        )
        if index not in complete:
            continue
        chosen = [option["schemaId"] for option in defects if rng.random() < 0.2]
        classifications: list[Json] = [
            {
                "schemaId": category["schemaId"],
                "title": "Category",
                "answer": rng.choice(categories)["schemaId"],
            }
        ]
        if chosen:
            classifications.append({"schemaId": defect["schemaId"], "title": "Defects", "answer": chosen})
        builder.annotate(
            task,
            {"objects": [], "classifications": classifications, "relations": []},
            after=moment,
            review=False,
        )


def _organization(builder: _DemoBuilder) -> None:
    """Roles, last activity, invitations and an LLM configuration (after the projects, so
    that adding them changed no id of the projects, assets and tasks)."""
    state = builder.state
    lead = state.users.require(_LEAD)
    lead["organizationRole"] = "admin"
    last_active: dict[str, str] = {}
    for history in state.histories.documents.values():
        user_id = history["completedBy"]
        if history["completedAt"] > last_active.get(user_id, ""):
            last_active[user_id] = history["completedAt"]
    for user in state.users.list():
        if user["_id"] in last_active:
            user["lastActiveAt"] = last_active[user["_id"]]
    vehicles = next(project for project in state.projects.list() if project["name"] == "Vehicle detection")
    builder.at(DEMO_START + timedelta(days=2))
    expired: Json = {
        "_id": builder.new_id(),
        "email": "frank@example.com",
        "organizationRole": "member",
        "status": "expired",
        "projectAssignments": [],
        "invitedBy": lead["_id"],
        "createdAt": state.timestamp(),
    }
    builder.at(DEMO_START + timedelta(days=20))
    pending: Json = {
        "_id": builder.new_id(),
        "email": "erin@example.com",
        "organizationRole": "member",
        "status": "pending",
        "projectAssignments": [{"projectId": vehicles["_id"], "projectRole": "Labeler"}],
        "invitedBy": lead["_id"],
        "createdAt": state.timestamp(),
    }
    for invite in (expired, pending):
        state.invites.documents[invite["_id"]] = invite
    state.llms.create("Demo chat model", "openai", "gpt-4o-mini", is_streamable=True)


SEEDS: dict[str | None, Callable[[MockState], None]] = {None: seed_empty, "demo": seed_demo}
