#!/usr/bin/env python3
"""Writes the illustration of every built-in exercise into exercises.json.

The checked-in exercises.json is the source of truth; this script is how its "illustration"
fields were made and how to remake them after a change here. A figure is built from segment
directions (degrees: 0 points the way a side-view figure faces, 90 straight up) by forward
kinematics, the same way src/core/pose_defaults.cpp builds the default figures; a few base
postures (standing, lying on the back, on hands and knees, ...) are overridden per exercise,
and a hand or foot can be put on a target with two-link inverse kinematics.

Usage: python3 data/library/poses.py [data/library/exercises.json]
"""

import json
import math
import pathlib
import re
import sys

LEN = {"head": 10, "upper": 17, "fore": 16, "trunk": 36, "thigh": 24, "shin": 23, "foot": 8}
MAT = 1.5  # mat thickness: a figure on a mat lies on its top
JOINTS = ["head", "neck", "left_shoulder", "left_elbow", "left_hand", "right_shoulder",
          "right_elbow", "right_hand", "left_hip", "left_knee", "left_ankle", "left_toe",
          "right_hip", "right_knee", "right_ankle", "right_toe"]

BASE = dict(trunk=90, head=90, hw=0, l_up=-90, l_fo=-90, r_up=-90, r_fo=-90,
            l_th=-90, l_sh=-90, l_ft=0, r_th=-90, r_sh=-90, r_ft=0)


def d(degrees):
    r = math.radians(degrees)
    return math.cos(r), math.sin(r)


def step(p, degrees, length):
    c, s = d(degrees)
    return (p[0] + length * c, p[1] + length * s)


def two_link(root, target, a, b, bend):
    """The middle joint of a two-link limb from root reaching target; bend +1/-1 picks the side."""
    dx, dy = target[0] - root[0], target[1] - root[1]
    dist = max(abs(a - b) + 0.01, min(a + b - 0.01, math.hypot(dx, dy)))
    base = math.degrees(math.atan2(dy, dx))
    cos_a = (a * a + dist * dist - b * b) / (2 * a * dist)
    angle = math.degrees(math.acos(max(-1.0, min(1.0, cos_a))))
    mid = step(root, base + bend * angle, a)
    # the end lands on the target when reachable, else as far as it goes
    end_dir = math.degrees(math.atan2(target[1] - mid[1], target[0] - mid[0]))
    return mid, step(mid, end_dir, b)


def build(seg):
    s = dict(BASE)
    s.update(seg)
    scale = lambda key, base: LEN[base] * s.get(key + "_len", 1.0)
    j = {}
    pelvis = (0.0, 50.0)
    neck = step(pelvis, s["trunk"], LEN["trunk"] * s.get("trunk_len", 1.0))
    j["neck"] = neck
    j["head"] = step(neck, s["head"], LEN["head"])
    across = s["trunk"] - 90
    for side, sign in (("l", -1), ("r", 1)):
        name = "left" if side == "l" else "right"
        shoulder = step(neck, across, sign * s["hw"] * 1.5)
        hip = step(pelvis, across + s.get("hip_tilt", 0), sign * s["hw"])
        j[name + "_shoulder"] = shoulder
        j[name + "_elbow"] = step(shoulder, s[side + "_up"], scale(side + "_up", "upper"))
        j[name + "_hand"] = step(j[name + "_elbow"], s[side + "_fo"], scale(side + "_fo", "fore"))
        j[name + "_hip"] = hip
        j[name + "_knee"] = step(hip, s[side + "_th"], scale(side + "_th", "thigh"))
        j[name + "_ankle"] = step(j[name + "_knee"], s[side + "_sh"], scale(side + "_sh", "shin"))
        j[name + "_toe"] = step(j[name + "_ankle"], s[side + "_ft"], scale(side + "_ft", "foot"))
    # Reaches: {"r_hand": ("right_knee", dx, dy, bend)} puts the hand there by bending the elbow.
    for key, (ref, dx, dy, bend) in s.get("reach", {}).items():
        side, part = key.split("_")
        name = "left" if side == "l" else "right"
        target = (j[ref][0] + dx, j[ref][1] + dy) if ref != "abs" else (dx, dy)
        if part == "hand":
            j[name + "_elbow"], j[name + "_hand"] = two_link(
                j[name + "_shoulder"], target, LEN["upper"], LEN["fore"], bend)
        else:  # foot: bends the knee, keeps the foot's direction
            j[name + "_knee"], j[name + "_ankle"] = two_link(
                j[name + "_hip"], target, LEN["thigh"], LEN["shin"], bend)
            j[name + "_toe"] = step(j[name + "_ankle"], s[side + "_ft"],
                                    scale(side + "_ft", "foot"))
    return j, s


def place(j, s, on_mat):
    """Rests the figure on the floor (or mat), then applies pins and shifts."""
    floor = s.get("floor", MAT if on_mat else 0.0)
    lowest = min(p[1] - (6.5 if k == "head" else 2.5) for k, p in j.items())
    dy = floor - lowest + s.get("air", 0.0)
    dx = s.get("dx", 0.0)
    if "pin" in s:  # ("right_ankle", x, y): that joint exactly there
        name, x, y = s["pin"]
        dx, dy = x - j[name][0], (y - j[name][1]) if y is not None else dy
    elif "pinx" in s:
        name, x = s["pinx"]
        dx = x - j[name][0]
    return {k: (round(p[0] + dx, 1), round(p[1] + dy, 1)) for k, p in j.items()}


def pose(seg, on_mat):
    j, s = build(seg)
    return place(j, s, on_mat)


# --- base postures -------------------------------------------------------------------------

def mix(base, over):
    out = dict(base)
    out.update(over)
    return out


def stand(**o):
    return mix({}, o)


def front(**o):
    # facing the viewer: hips and shoulders side by side, feet seen end-on
    return mix(dict(hw=6, l_ft=200, r_ft=-20, l_ft_len=0.5, r_ft_len=0.5, l_up=-95, r_up=-85,
                    l_fo=-92, r_fo=-88), o)


def supine(**o):
    return mix(dict(trunk=180, head=180, l_up=-3, l_fo=0, r_up=-3, r_fo=0, l_th=0, l_sh=0,
                    r_th=0, r_sh=0, l_ft=85, r_ft=85), o)


HOOK = dict(l_th=50, l_sh=-55, r_th=50, r_sh=-55, l_ft=0, r_ft=0)
TABLE = dict(l_th=90, l_sh=0, r_th=90, r_sh=0, l_ft=10, r_ft=10)


def hook(**o):
    return supine(**mix(HOOK, o))


def table(**o):
    return supine(**mix(TABLE, o))


def bridge(height=1.0, **o):
    # shoulders on the floor, hips up; feet pinned where hook() puts them
    trunk = 180 + 25 * height
    return supine(**mix(dict(trunk=trunk, head=180, l_up=-8, r_up=-8, l_fo=0, r_fo=0,
                             l_th=20 - 5 * height, r_th=20 - 5 * height, l_sh=-72, r_sh=-72,
                             l_ft=0, r_ft=0, pin=("right_ankle", HOOK_ANKLE_X, None)), o))


def prone(**o):
    return mix(dict(trunk=180, head=188, l_up=186, r_up=186, l_fo=12, r_fo=12, l_fo_len=0.6,
                    r_fo_len=0.6, l_th=0, l_sh=0, r_th=0, r_sh=0, l_ft=-15, r_ft=-15), o)


def quad(**o):
    return mix(dict(trunk=180, head=185, l_th=-90, r_th=-90, l_sh=0, r_sh=0, l_ft=0, r_ft=0,
                    l_up=-90, r_up=-90, l_fo=-90, r_fo=-90), o)


def side(**o):
    # side-lying seen from the front: the top (right) hip above the bottom one, head on the arm
    return mix(dict(view="front", trunk=180, head=178, hw=5, l_up=178, l_fo=150, l_fo_len=0.6,
                    r_up=-12, r_fo=-2, l_th=0, l_sh=0, r_th=-2, r_sh=0, l_ft=0, r_ft=0,
                    l_ft_len=0.5, r_ft_len=0.5), o)


def side_bent(**o):
    # knees bent toward the viewer: thighs foreshortened, shins come back under
    return side(**mix(dict(l_th=-8, l_th_len=0.75, l_sh=-160, l_sh_len=0.55, r_th=4,
                           r_th_len=0.75, r_sh=-125, r_sh_len=0.75), o))


def sit_chair(**o):
    return mix(dict(l_th=0, r_th=0, l_up=-80, r_up=-80, l_fo=-5, r_fo=-5), o)


def long_sit(**o):
    return mix(dict(trunk=105, head=95, l_th=0, l_sh=0, r_th=0, r_sh=0, l_ft=80, r_ft=80,
                    l_up=-115, r_up=-115, l_fo=-100, r_fo=-100), o)


def kneel(**o):
    return mix(dict(l_sh=180, r_sh=180, l_ft=180, r_ft=180), o)


def half_kneel(**o):
    # right foot forward, left knee down
    return mix(dict(r_th=2, r_sh=-90, l_th=-105, l_sh=180, l_ft=180), o)


def plank_forearm(**o):
    return mix(dict(trunk=172, head=170, l_th=-8, r_th=-8, l_sh=-8, r_sh=-8, l_ft=-80, r_ft=-80,
                    l_up=-90, r_up=-90, l_fo=180, r_fo=180), o)


def side_plank(**o):
    # front view of a side plank on the forearm: body a straight slope from head to feet
    return side(**mix(dict(trunk=164, head=160, l_th=-16, l_sh=-16, r_th=-15, r_sh=-16,
                           l_up=-90, l_fo=180, l_fo_len=1.0, r_up=-20, r_fo=-10), o))


_hook_pose = pose(hook(), True)
HOOK_ANKLE_X = _hook_pose["right_ankle"][0]


# --- props ---------------------------------------------------------------------------------
# Each is a function of the finished start and end joints (a lambda a, b: {...} in a spec), so a
# prop can sit where the figure is, such as a block under the hand.

def placed(kind, x, y, w, h):
    return lambda a, b: {"kind": kind, "x": x, "y": y, "width": w, "height": h}


def attached(kind, *joints, w=0.0, x=0.0, y=0.0):
    return lambda a, b: {"kind": kind, "x": x, "y": y, "width": w, "height": 0.0,
                         "joints": list(joints)}


def band(*joints, anchor=None):
    x, y = anchor if anchor else (0.0, 0.0)
    return attached("band", *joints, x=x, y=y)


def ball(*joints, w=9.0):
    return attached("ball", *joints, w=w)


def weight(joint):
    return attached("ankle_weight", joint)


def strap(*joints):
    return attached("strap", *joints)


def wall(x, h=115.0):
    return placed("wall", x, 0.0, 5.0, h)


def step_box(x, w, h, kind="step"):
    return placed(kind, x, 0.0, w, h)


def chair(x=-12.0, w=28.0, h=21.0):
    return placed("chair", x, 0.0, w, h)


def pad(x, w, h=3.0):
    return placed("pad", x, 0.0, w, h)


# --- the exercises -------------------------------------------------------------------------

SPECS = {}


def ex(exercise_id, start, end, working="right", props=(), view=None):
    SPECS[exercise_id] = (start, end, working, list(props), view)


SEAT = dict(l_up=-93, r_up=-93, l_fo=-90, r_fo=-90)  # hands on the seat

ex("quad-set", long_sit(r_th=4, r_sh=-4, r_ft=68), long_sit(r_ft=95),
   props=[placed("towel", 20, MAT, 9, 3.5)])
ex("straight-leg-raise", hook(r_th=0, r_sh=0, r_ft=85), hook(r_th=26, r_sh=26, r_ft=110))
ex("standing-quad-set", stand(r_th=-83, r_sh=-99, pinx=("right_ankle", 0)),
   stand(pinx=("right_ankle", 0), l_up=-88, r_up=-88))
ex("glute-set", supine(), supine(trunk=183, l_th=-3, r_th=-3, l_sh=-1, r_sh=-1),
   working="both")
ex("abdominal-set",
   hook(reach={"l_hand": ("left_hip", -9, 7, 1), "r_hand": ("right_hip", -9, 7, 1)}),
   hook(trunk=181, head=172,
        reach={"l_hand": ("left_hip", -9, 5, 1), "r_hand": ("right_hip", -9, 5, 1)}),
   working="both")
ex("clamshell", side_bent(), side_bent(r_th=35, r_th_len=0.8, r_sh=-112, r_sh_len=1.12))
ex("clamshell-band", side_bent(), side_bent(r_th=24, r_th_len=0.8, r_sh=-118, r_sh_len=1.04),
   props=[band("left_knee", "right_knee")])
ex("ball-squeeze", hook(), hook(l_th=53, r_th=53, l_sh=-58, r_sh=-58, head=176),
   working="both", props=[ball("left_knee", "right_knee")])
ex("bridge-band-knee-press", hook(), bridge(0.55), working="both",
   props=[band("left_knee", "right_knee")])
ex("fire-hydrant", quad(), quad(r_th=-78, r_th_len=0.62, r_sh=2))
ex("standing-hip-wall-press", front(), front(r_th=-60, r_th_len=0.35, r_sh=-98, r_ft=-40),
   props=[wall(15)])
ex("pelvic-curl", hook(), bridge(1.0), working="both")
ex("bridge-ball-squeeze", hook(), bridge(0.85), working="both",
   props=[ball("left_knee", "right_knee")])
ex("hip-hinge",
   stand(l_th=-86, r_th=-86, l_sh=-94, r_sh=-94, pinx=("right_ankle", 0),
         reach={"l_hand": ("left_hip", 5, 2, -1), "r_hand": ("right_hip", 5, 2, -1)}),
   stand(trunk=38, head=30, l_th=-108, r_th=-108, l_sh=-84, r_sh=-84, pinx=("right_ankle", 0),
         reach={"l_hand": ("left_hip", 5, 2, -1), "r_hand": ("right_hip", 5, 2, -1)}),
   working="both")
HAND_ON_CHAIR = {"r_hand": ("abs", 16, 56, -1)}
ex("standing-hip-extension",
   stand(l_th=-87, l_sh=-94, reach=HAND_ON_CHAIR, pinx=("left_ankle", 0)),
   stand(l_th=-87, l_sh=-94, r_th=-113, r_sh=-113, r_ft=-25, trunk=93, reach=HAND_ON_CHAIR,
         pinx=("left_ankle", 0)),
   props=[chair(x=18, w=24, h=26)])
ex("prone-hip-extension", prone(r_sh=90, r_ft=0), prone(r_th=14, r_sh=104, r_ft=14))
ex("side-lying-hip-abduction",
   side(l_th=-6, l_th_len=0.8, l_sh=-165, l_sh_len=0.55, r_th=-3, r_sh=-3),
   side(l_th=-6, l_th_len=0.8, l_sh=-165, l_sh_len=0.55, r_th=32, r_sh=32))
ex("standing-hip-abduction", front(pinx=("left_ankle", -6)),
   front(r_th=-66, r_sh=-66, r_ft=-5, l_up=-110, pinx=("left_ankle", -6)))
ex("half-kneeling-adductor-hold",
   half_kneel(floor=3, reach={"l_hand": ("right_knee", -4, 4, -1)}),
   half_kneel(floor=3, trunk=86, head=84, r_th=0,
              reach={"l_hand": ("right_knee", -3, 3, -1)}),
   props=[pad(-22, 22), ball("right_knee", w=8)])
ex("isometric-knee-extension", sit_chair(**SEAT), sit_chair(r_sh=-83, r_ft=6, **SEAT),
   props=[chair(), band("right_ankle", anchor=(-10, 3))])
ex("seated-knee-extension", sit_chair(**SEAT), sit_chair(r_sh=-45, r_ft=40, **SEAT),
   props=[chair(), band("right_ankle", anchor=(-10, 3))])
ex("terminal-knee-extension", stand(r_th=-78, r_sh=-104, l_th=-93, pinx=("right_ankle", 0)),
   stand(l_th=-93, pinx=("right_ankle", 0)), props=[band("right_knee", anchor=(42, 27))])
ex("wall-sit", stand(l_th=-70, r_th=-70, l_sh=-76, r_sh=-76, pinx=("neck", -16)),
   stand(l_th=-42, r_th=-42, l_sh=-92, r_sh=-92, pinx=("neck", -16),
         l_up=-80, r_up=-80), working="both", props=[wall(-24)])
ex("mini-squat", stand(pinx=("right_ankle", 0)),
   stand(trunk=66, head=70, l_th=-52, r_th=-52, l_sh=-108, r_sh=-108, l_up=-40, r_up=-40,
         l_fo=-20, r_fo=-20, pinx=("right_ankle", 0)), working="both")
ex("calf-raise", stand(pinx=("right_toe", 8)),
   stand(l_ft=-58, r_ft=-58, pinx=("right_toe", 8), l_up=-85, r_up=-85), working="both")
ex("toe-taps", table(), table(r_th=45, r_sh=-45, r_ft=0))
ex("dead-bug", table(l_up=90, l_fo=90, r_up=90, r_fo=90),
   table(r_up=90, r_fo=90, r_th=24, r_sh=24, r_ft=20, l_up=172, l_fo=176))
ex("modified-hundred", hook(),
   hook(trunk=164, head=148, l_up=10, r_up=10, l_fo=10, r_fo=10), working="both")
ex("bird-dog", quad(), quad(r_th=0, r_sh=0, r_ft=-15, l_up=180, l_fo=180))
ex("single-leg-balance", stand(pinx=("right_ankle", 0)),
   stand(l_th=-88, l_sh=-128, l_ft=-30, pinx=("right_ankle", 0)))
ex("heel-to-toe-walk", stand(pinx=("left_ankle", 0)),
   stand(r_th=-80, r_sh=-91, l_th=-97, l_sh=-99, l_ft=-8, l_up=-60, r_up=-120, l_fo=-60,
         r_fo=-120, pinx=("left_ankle", 0)), working="both")
ex("standing-march", stand(pinx=("left_ankle", 0)),
   stand(r_th=0, r_sh=-90, r_ft=0, pinx=("left_ankle", 0)))
ex("heel-slide", supine(), supine(r_th=58, r_sh=-58, r_ft=0))
ex("kneecap-glides",
   long_sit(trunk=68, head=55,
            reach={"l_hand": ("right_knee", -3, 4, 1), "r_hand": ("right_knee", 3, 4, 1)}),
   long_sit(trunk=68, head=55,
            reach={"l_hand": ("right_knee", -8, 4, 1), "r_hand": ("right_knee", -2, 4, 1)}))
ex("hamstring-stretch",
   hook(r_th=68, r_sh=68, r_ft=-20,
        reach={"l_hand": ("neck", 16, 16, 1), "r_hand": ("neck", 18, 18, 1)}),
   hook(r_th=86, r_sh=86, r_ft=-5,
        reach={"l_hand": ("neck", 12, 20, 1), "r_hand": ("neck", 14, 22, 1)}),
   props=[strap("right_toe", "right_hand")])
ex("calf-stretch",
   stand(trunk=84, l_th=-82, l_sh=-92, r_th=-104, r_sh=-104, l_up=0, r_up=2, l_fo=10, r_fo=10,
         pinx=("right_hand", 30)),
   stand(trunk=72, head=75, l_th=-55, l_sh=-104, r_th=-118, r_sh=-118, l_up=5, r_up=8,
         l_fo=40, r_fo=40, pinx=("right_hand", 30)),
   props=[wall(31)])
ex("standing-hip-flexor-stretch",
   stand(l_th=-76, l_sh=-94, r_th=-108, r_sh=-108, r_ft=-40, pinx=("left_ankle", 14)),
   stand(trunk=95, l_th=-62, l_sh=-102, r_th=-118, r_sh=-118, r_ft=-45,
         pinx=("left_ankle", 14)))
ex("side-lying-quad-stretch",
   prone(head=176, l_up=180, l_fo=180, r_up=-20, r_fo=0,
         reach={"r_hand": ("right_hip", 8, 8, 1)}),
   prone(head=176, l_up=180, l_fo=180, r_sh=158, r_ft=80,
         reach={"r_hand": ("right_ankle", 1, 0, 1)}),
   props=[strap("right_ankle", "right_hand")])
ex("figure-4-stretch",
   hook(r_th=62, r_th_len=0.75, reach={"r_foot": ("left_knee", 3, 3, -1)}),
   hook(l_th=78, l_sh=-12, r_th=62, r_th_len=0.75,
        reach={"r_foot": ("left_knee", 3, 3, -1), "l_hand": ("left_knee", 0, 3, 1),
               "r_hand": ("right_knee", 0, 3, 1)}))
ex("bent-knee-hip-circles", hook(r_th=90, r_sh=0, r_ft=10),
   hook(r_th=72, r_sh=-18, r_ft=0))
ex("single-leg-circles", supine(r_th=86, r_sh=78, r_ft=0),
   supine(r_th=58, r_sh=52, r_ft=30))
BUTTERFLY = dict(floor=MAT, l_th=186, r_th=-6, l_sh=-4, r_sh=184, l_sh_len=1.17, r_sh_len=1.17,
                 l_ft=-90, r_ft=-90, l_ft_len=0.4, r_ft_len=0.4)
ex("butterfly-stretch",
   front(**BUTTERFLY, reach={"l_hand": ("left_ankle", -1, 2, 1), "r_hand": ("right_ankle", 1, 2, -1)}),
   front(**BUTTERFLY, trunk_len=0.8, head=90,
         reach={"l_hand": ("left_ankle", -1, 2, 1), "r_hand": ("right_ankle", 1, 2, -1)}),
   working="both")
ARMS_OUT = dict(l_up=-90, r_up=-90, l_up_len=0.3, r_up_len=0.3, l_fo=-90, r_fo=-90,
                l_fo_len=0.3, r_fo_len=0.3)
ex("knee-rocks", hook(**ARMS_OUT),
   hook(l_th=30, r_th=30, l_th_len=0.85, r_th_len=0.85, l_sh=-44, r_sh=-44, l_sh_len=0.66,
        r_sh_len=0.66, **ARMS_OUT),
   working="both")
ex("heel-to-toe-rock",
   stand(trunk=86, r_th=-80, r_sh=-92, l_th=-104, l_sh=-112, l_ft=-45,
         reach={"l_hand": ("neck", -2, -14, 1)}, r_up=-95, pinx=("right_ankle", 6)),
   stand(trunk=94, r_th=-78, r_sh=-78, r_ft=28, l_th=-98, l_sh=-98, l_ft=0,
         reach={"l_hand": ("neck", -4, -14, 1)}, r_up=-95, pinx=("right_ankle", 6)),
   props=[placed("wall", -30, 0, 5, 115)])
ex("brisk-walk",
   stand(r_th=-70, r_sh=-80, r_ft=20, l_th=-106, l_sh=-118, l_ft=-30, l_up=-62, l_fo=-50,
         r_up=-118, r_fo=-112),
   stand(l_th=-70, l_sh=-80, l_ft=20, r_th=-106, r_sh=-118, r_ft=-30, r_up=-62, r_fo=-50,
         l_up=-118, l_fo=-112, dx=18), working="both")
ex("straight-leg-raise-ankle-weight", hook(r_th=0, r_sh=0, r_ft=85),
   hook(r_th=23, r_sh=23, r_ft=110), props=[weight("right_ankle")])
ex("seated-straight-leg-raise",
   long_sit(trunk=94, head=92, l_th=52, l_sh=-56, l_ft=0, l_up=-93, r_up=-93, l_fo=-92,
            r_fo=-92),
   long_sit(trunk=94, head=92, l_th=52, l_sh=-56, l_ft=0, l_up=-93, r_up=-93, l_fo=-92,
            r_fo=-92, r_th=10, r_sh=10))
ex("single-leg-bridge", hook(r_th=50, r_sh=50, r_ft=40),
   bridge(1.0, r_th=15, r_sh=15, r_ft=15, pin=("left_ankle", HOOK_ANKLE_X, None)),
   working="left")
ex("long-lever-bridge", supine(l_th=15, l_sh=-15, r_th=15, r_sh=-15, l_ft=60, r_ft=60),
   supine(trunk=195, l_th=15, r_th=15, l_sh=-40, r_sh=-40, l_ft=50, r_ft=50, l_up=-10,
          r_up=-10, pinx=("right_ankle", 45.3)), working="both")
ex("side-lying-hip-abduction-ankle-weight",
   side(l_th=-6, l_th_len=0.8, l_sh=-165, l_sh_len=0.55, r_th=-3, r_sh=-3),
   side(l_th=-6, l_th_len=0.8, l_sh=-165, l_sh_len=0.55, r_th=26, r_sh=26),
   props=[weight("right_ankle")])
ex("prone-hip-extension-straight-leg", prone(), prone(r_th=12, r_sh=12, r_ft=-5))
KNEE_PLANK = dict(l_up=-90, l_fo=180, r_up=-25, r_fo=-15, l_sh=-100, l_sh_len=0.3,
                  r_sh=-100, r_sh_len=0.3)
ex("side-plank-knees", side(trunk=156, head=160, l_th=-3, r_th=-1, **KNEE_PLANK),
   side(trunk=152, head=150, l_th=-28, r_th=-26, **KNEE_PLANK))
ex("side-plank-clam", side(trunk=152, head=150, l_th=-28, r_th=-26, **KNEE_PLANK),
   side(trunk=152, head=150, l_th=-28, r_th=-2, r_th_len=0.95, **dict(KNEE_PLANK, r_sh=-70,
                                                                        r_sh_len=0.5)))
ex("single-leg-deadlift",
   stand(r_th=-94, r_sh=-86, l_th=-92, l_sh=-112, l_ft=-20, pinx=("right_ankle", 0)),
   stand(trunk=42, head=40, r_th=-98, r_sh=-84, l_th=-138, l_sh=-138, l_ft=-60,
         pinx=("right_ankle", 0)))
ex("single-leg-calf-raise", stand(l_th=-95, l_sh=-132, l_ft=-40, pinx=("right_toe", 8)),
   stand(l_th=-95, l_sh=-132, l_ft=-40, r_ft=-58, pinx=("right_toe", 8)))
CROSSED = dict(l_up=-60, r_up=-60, l_fo=150, r_fo=150, l_fo_len=0.9, r_fo_len=0.9)
ex("sit-to-stand",
   sit_chair(l_sh=-100, r_sh=-100, pinx=("right_ankle", 21), **CROSSED),
   stand(pinx=("right_ankle", 21), **CROSSED),
   working="both", props=[chair()])
ex("split-squat",
   stand(r_th=-76, r_sh=-95, l_th=-112, l_sh=-112, l_ft=-45, pinx=("right_ankle", 18)),
   stand(r_th=-45, r_sh=-100, l_th=-98, l_sh=-152, l_ft=-70, pinx=("right_ankle", 18)))
ex("step-up-10cm",
   stand(pinx=("left_ankle", 0), reach={"r_foot": ("left_ankle", 20, 6, 1)}, r_ft=0),
   stand(pin=("right_ankle", 20, 8.5), l_th=-88), props=[step_box(10, 30, 6)])
ex("step-down-10cm",
   stand(pin=("right_ankle", -8, 8.5), l_th=-78, l_sh=-90, l_ft=0),
   stand(pin=("right_ankle", -8, 8.5), trunk=76, r_th=-52, r_sh=-104, l_th=-66, l_sh=-82,
         l_ft=10, l_up=-70, r_up=-70), props=[step_box(-32, 30, 6)])
ex("lateral-step-up",
   front(pinx=("left_ankle", -6), reach={"r_foot": ("left_ankle", 20, 6, -1)}),
   front(pin=("right_ankle", 14, 8.5), l_th=-75, l_sh=-95),
   props=[step_box(8, 30, 6)])
ex("lateral-band-walk",
   front(l_th=-95, r_th=-85, l_sh=-88, r_sh=-92, l_th_len=0.93, r_th_len=0.93, pinx=("left_ankle", -8)),
   front(l_th=-95, l_sh=-88, r_th=-62, r_sh=-70, l_th_len=0.93, r_th_len=0.93,
         pinx=("left_ankle", -8)),
   working="both", props=[band("left_knee", "right_knee")])
ex("reformer-footwork",
   supine(floor=12, l_th=45, r_th=45, l_sh=-45, r_sh=-45, l_ft=90, r_ft=90,
          pinx=("right_ankle", 52)),
   supine(floor=12, l_th=0, r_th=0, l_sh=0, r_sh=0, l_ft=90, r_ft=90, pinx=("right_ankle", 52)),
   working="both", props=[placed("reformer", -68, 0, 126, 10)])
ex("warrior-1",
   stand(r_th=-72, r_sh=-90, l_th=-118, l_sh=-118, l_ft=-10, pinx=("right_ankle", 20)),
   stand(r_th=-32, r_sh=-92, l_th=-124, l_sh=-124, l_ft=-10, l_up=96, r_up=94, l_fo=94,
         r_fo=92, head=95, pinx=("right_ankle", 20)))
ex("monster-walk",
   stand(trunk=80, l_th=-70, r_th=-70, l_sh=-104, r_sh=-104, pinx=("left_ankle", 0)),
   stand(trunk=80, l_th=-92, l_sh=-108, r_th=-48, r_sh=-96, pinx=("left_ankle", 0)),
   props=[band("left_knee", "right_knee")])
ex("dead-bug-long-lever", table(l_up=90, l_fo=90, r_up=90, r_fo=90),
   table(r_up=90, r_fo=90, r_th=4, r_sh=4, r_ft=20, l_up=176, l_fo=178))
ex("hundred", table(),
   table(trunk=164, head=148, l_up=6, r_up=6, l_fo=6, r_fo=6, l_th=58, r_th=58, l_sh=58,
         r_sh=58, l_ft=60, r_ft=60), working="both")
ex("forearm-plank", prone(trunk=156, head=165, l_up=-90, r_up=-90, l_fo=180, r_fo=180,
                         l_fo_len=1.0, r_fo_len=1.0, l_ft=-80, r_ft=-80),
   plank_forearm(), working="both")
ex("side-kick-series",
   supine(view="side", head=176, l_th=12, l_sh=12, r_th=38, r_sh=38, l_ft=20, r_ft=38,
          l_up=178, l_fo=178, r_up=-10, r_fo=10),
   supine(view="side", head=176, l_th=12, l_sh=12, r_th=-4, r_sh=-4, l_ft=20, r_ft=-20,
          l_up=178, l_fo=178, r_up=-10, r_fo=10))
ex("single-leg-balance-cushion",
   stand(pin=("right_ankle", 0, 6.5), l_sh_len=1.17),
   stand(pin=("right_ankle", 0, 6.5), l_th=-78, l_sh=-118, l_ft=-30),
   props=[placed("cushion", -8, 0, 18, 4)])
ex("tree-pose", front(pinx=("right_ankle", 6)),
   front(l_th=-150, l_sh=-35, l_ft=-30, pinx=("right_ankle", 6),
         reach={"l_hand": ("neck", 0, -12, -1), "r_hand": ("neck", 1, -12, 1)}))
ex("hip-hitch",
   front(hip_tilt=-16, trunk=94, l_th=-92, l_sh=-90, pin=("right_ankle", 6, 8.5)),
   front(hip_tilt=8, trunk=88, l_th=-92, l_sh=-90, pin=("right_ankle", 6, 8.5)),
   props=[step_box(0, 28, 6)])
HALF_BACK_RIGHT = dict(l_th=2, l_sh=-90, r_th=-105, r_sh=180, r_ft=180, floor=3)
ex("half-kneeling-hip-flexor-stretch",
   stand(pinx=("right_knee", -8), **HALF_BACK_RIGHT),
   stand(**dict(HALF_BACK_RIGHT, l_th=-14, l_sh=-96, r_th=-128, r_sh=185, trunk=92,
                pinx=("right_knee", -8))),
   props=[pad(-20, 22)])
ex("low-lunge",
   stand(**dict(HALF_BACK_RIGHT, l_th=-10, l_sh=-90, r_th=-122, pinx=("right_knee", -14))),
   stand(**dict(HALF_BACK_RIGHT, l_th=-8, l_sh=-92, r_th=-140, r_sh=188, l_up=100, r_up=98,
                l_fo=96, r_fo=94, pinx=("right_knee", -22))),
   props=[pad(-34, 30)])
ex("pigeon",
   stand(floor=MAT, trunk=78, head=80, r_th=0, r_sh=180, r_sh_len=0.45, l_th=-172, l_sh=180,
         l_ft=180, reach={"l_hand": ("right_knee", -2, -3, 1), "r_hand": ("right_knee", 2, -3, 1)}),
   stand(floor=MAT, trunk=18, head=12, r_th=0, r_sh=180, r_sh_len=0.45, l_th=-172, l_sh=180,
         l_ft=180, l_up=-20, r_up=-18, l_fo=-15, r_fo=-12))
ex("leg-swings", stand(r_th=-45, r_sh=-50, pinx=("left_ankle", 0)),
   stand(r_th=-128, r_sh=-130, r_ft=-30, pinx=("left_ankle", 0)))
ex("knee-to-wall",
   stand(trunk=86, r_th=-86, r_sh=-90, l_th=-110, l_sh=-110, l_ft=-20, l_up=0, r_up=2,
         l_fo=6, r_fo=6, pinx=("right_toe", 30)),
   stand(trunk=84, r_th=-40, r_sh=-68, l_th=-104, l_sh=-130, l_ft=-40, l_up=-5, r_up=-3,
         l_fo=0, r_fo=0, reach={"r_foot": ("right_hip", 12, -37, 1)},
         pinx=("right_toe", 30)),
   props=[wall(34)])
ex("marching-walk", stand(l_up=-90, r_up=-90, l_fo=0, r_fo=0, pinx=("left_ankle", 0)),
   stand(r_th=0, r_sh=-90, r_ft=20, l_ft=-40, l_up=-45, l_fo=40, r_up=-130, r_fo=-40,
         pinx=("left_ankle", 0)))
ex("backward-walk",
   stand(l_th=-108, l_sh=-110, l_ft=-45, r_th=-86, r_sh=-92, l_up=-65, r_up=-115,
         pinx=("right_ankle", 0)),
   stand(head=104, r_th=-114, r_sh=-116, r_ft=-50, l_th=-84, l_sh=-98, l_up=-115, r_up=-65,
         pinx=("left_ankle", -10)))
ex("step-down-20cm",
   stand(pin=("right_ankle", -8, 14.5), l_th=-78, l_sh=-90, l_ft=0),
   stand(pin=("right_ankle", -8, 14.5), trunk=70, r_th=-34, r_sh=-110, l_th=-62, l_sh=-76,
         l_ft=10, l_up=-60, r_up=-60), props=[step_box(-32, 30, 12)])
ex("single-leg-squat-to-box",
   stand(l_th=-78, l_sh=-86, pinx=("right_ankle", 0), l_up=-60, r_up=-60),
   stand(trunk=62, head=72, r_th=-12, r_sh=-112, l_th=-8, l_sh=-25, l_ft=50, l_up=-30,
         r_up=-30, l_fo=-10, r_fo=-10, pinx=("right_ankle", 0)),
   props=[placed("box", -44, 0, 28, 24)])
ex("single-leg-quarter-squat",
   stand(l_th=-92, l_sh=-118, l_ft=-20, pinx=("right_ankle", 0)),
   stand(trunk=78, r_th=-66, r_sh=-106, l_th=-92, l_sh=-122, l_ft=-20, l_up=-70,
         pinx=("right_ankle", 0)))
ex("reverse-lunge", stand(pinx=("right_ankle", 0)),
   stand(r_th=-8, r_sh=-92, l_th=-118, l_sh=-195, l_ft=-80, l_sh_len=0.95,
         pinx=("right_ankle", 0)))
ex("ball-bridge", supine(l_th=34, r_th=34, l_sh=34, r_sh=34, l_ft=100, r_ft=100),
   supine(trunk=199, l_th=19, r_th=19, l_sh=19, r_sh=19, l_ft=100, r_ft=100, l_up=-12,
          r_up=-12, pinx=("right_ankle", 39)), working="both",
   props=[placed("ball", 37, 13.5, 24, 0)])
ex("single-leg-deadlift-dumbbell",
   stand(r_th=-94, r_sh=-86, l_th=-92, l_sh=-112, l_ft=-20, pinx=("right_ankle", 0)),
   stand(trunk=28, head=24, r_th=-100, r_sh=-82, l_th=-152, l_sh=-152, l_ft=-70,
         pinx=("right_ankle", 0)), props=[attached("dumbbell", "left_hand")])
SIDE_PLANK = dict(l_up=-90, l_fo=180, r_up=-28, r_fo=-15)
ex("side-plank", side(trunk=152, head=158, l_th=0, r_th=2, l_sh=0, r_sh=0, **SIDE_PLANK),
   side(trunk=167, head=165, l_th=-13, r_th=-12, l_sh=-13, r_sh=-12, **SIDE_PLANK),
   working="both")
ex("side-plank-leg-lift",
   side(trunk=167, head=165, l_th=-13, r_th=-12, l_sh=-13, r_sh=-12, **SIDE_PLANK),
   side(trunk=167, head=165, l_th=-13, r_th=8, l_sh=-13, r_sh=8, **SIDE_PLANK))
ex("plank-leg-pull",
   plank_forearm(trunk=159, l_th=-21, r_th=-21, l_sh=-21, r_sh=-21, l_up=-90, r_up=-90,
                 l_fo=-90, r_fo=-90, l_ft=-75, r_ft=-75),
   plank_forearm(trunk=159, l_th=-21, r_th=-9, l_sh=-21, r_sh=-9, l_up=-90, r_up=-90,
                 l_fo=-90, r_fo=-90, l_ft=-75, r_ft=-40))
ex("star-excursion-reach", stand(r_th=-93, r_sh=-88, l_th=-88, l_sh=-96, pinx=("right_ankle", 0)),
   stand(trunk=72, r_th=-58, r_sh=-110, l_th=-28, l_sh=-38, l_ft=-20, l_up=-60, r_up=-60,
         pinx=("right_ankle", 0)))
ex("half-moon",
   front(pinx=("right_ankle", 6)),
   front(trunk=2, head=5, l_th=178, l_sh=178, l_ft=178, r_th=-92, r_sh=-90, r_up=-90, r_fo=-90,
         l_up=90, l_fo=90, pinx=("right_ankle", 6)),
   props=[lambda a, b: {"kind": "block", "x": b["right_hand"][0] - 5, "y": 0, "width": 10,
                        "height": max(4.0, b["right_hand"][1] - 3)}])
ex("yogi-squat",
   front(l_th=-100, r_th=-80, l_sh=-94, r_sh=-86, l_ft=200, r_ft=-20, pinx=("right_ankle", 12),
         reach={"l_hand": ("neck", -1, -13, -1), "r_hand": ("neck", 1, -13, 1)}),
   front(l_th=196, r_th=-16, l_sh=-100, r_sh=-80, l_th_len=0.9, r_th_len=0.9,
         pinx=("right_ankle", 12),
         reach={"l_hand": ("neck", -1, -13, -1), "r_hand": ("neck", 1, -13, 1)}),
   working="both",
   props=[lambda a, b: {"kind": "block", "x": (b["left_hip"][0] + b["right_hip"][0]) / 2 - 8,
                        "y": 0, "width": 16, "height": max(4.0, b["left_hip"][1] - 5)}])
ex("snap-down",
   stand(l_up=94, r_up=94, l_fo=92, r_fo=92, l_ft=-55, r_ft=-55, pinx=("right_toe", 8)),
   stand(trunk=58, head=64, l_th=-50, r_th=-50, l_sh=-104, r_sh=-104, l_up=-128, r_up=-128,
         l_fo=-120, r_fo=-120, pinx=("right_toe", 8)), working="both")
LANDED = dict(trunk=62, head=68, l_th=-54, r_th=-54, l_sh=-106, r_sh=-106, l_up=-30, r_up=-30,
              l_fo=-10, r_fo=-10)
ex("step-off-landing-10cm", stand(pin=("right_ankle", -20, 8.5)),
   stand(pinx=("right_ankle", 22), **LANDED), working="both", props=[step_box(-36, 26, 6)])
ex("reformer-jumpboard",
   supine(floor=12, l_th=50, r_th=50, l_sh=-50, r_sh=-50, l_ft=90, r_ft=90,
          pinx=("right_ankle", 52)),
   supine(floor=12, l_th=0, r_th=0, l_sh=0, r_sh=0, l_ft=10, r_ft=10, pinx=("right_ankle", 50)),
   working="both", props=[placed("reformer", -68, 0, 128, 10), placed("block", 60, 10, 3, 30)])
ex("quarter-turn-pivots",
   stand(l_th=-86, r_th=-86, l_sh=-96, r_sh=-96, l_ft=-15, r_ft=-15, pinx=("right_ankle", 0)),
   front(l_th=-97, r_th=-83, l_sh=-92, r_sh=-88, l_ft=200, r_ft=-20, pinx=("right_ankle", 0)),
   working="both")
ex("grapevine", front(l_th=-100, r_th=-80, l_sh=-90, r_sh=-90, pinx=("left_ankle", -12)),
   front(l_th=-62, l_sh=-84, r_th=-92, r_sh=-90, hip_tilt=4, pinx=("right_ankle", 8)),
   working="both")
POGO_ARMS = dict(l_up=-65, r_up=-60, l_fo=15, r_fo=20)
ex("pogo-hops", stand(l_ft=-40, r_ft=-40, l_th=-86, r_th=-86, l_sh=-96, r_sh=-96,
                      pinx=("right_toe", 8), **POGO_ARMS),
   stand(l_ft=-72, r_ft=-72, l_th=-88, r_th=-88, l_sh=-92, r_sh=-92, air=12,
         pinx=("right_toe", 8), **POGO_ARMS), working="both")
ex("stick-landing-20cm",
   stand(pin=("right_ankle", -20, 14.5), l_up=-135, r_up=-135, l_fo=-130, r_fo=-130),
   stand(pinx=("right_ankle", 24), **dict(LANDED, l_up=-10, r_up=-10, l_fo=0, r_fo=0)),
   working="both", props=[step_box(-36, 26, 12)])
ex("single-leg-hop-and-stick",
   stand(r_th=-94, r_sh=-86, l_th=-100, l_sh=-130, l_ft=-30, pinx=("right_ankle", 0)),
   stand(trunk=68, head=72, r_th=-56, r_sh=-106, l_th=-105, l_sh=-140, l_ft=-30, l_up=-40,
         r_up=-120, pinx=("right_ankle", 24)))
ex("lateral-hops", front(l_th=-92, r_th=-88, l_sh=-90, r_sh=-90, pinx=("right_ankle", -8)),
   front(l_th=-70, r_th=-70, l_sh=-110, r_sh=-110, air=7, l_up=-120, r_up=-60,
         pinx=("right_ankle", 22)), working="both")
ex("skaters",
   front(trunk=96, r_th=-96, r_sh=-86, l_th=-58, l_sh=-80, l_th_len=0.9, l_up=-60, r_up=-130,
         pinx=("right_ankle", 20)),
   front(trunk=82, l_th=-84, l_sh=-96, r_th=-128, r_sh=-100, r_th_len=0.9, r_up=-60, l_up=-130,
         pinx=("left_ankle", -22)), working="both")
ex("half-turn-pivots",
   stand(r_th=-72, r_sh=-84, l_th=-104, l_sh=-112, l_ft=-25, l_up=-70, r_up=-110,
         pinx=("right_ankle", 0)),
   stand(r_th=-100, r_sh=-96, r_ft=160, l_th=-82, l_sh=-90, l_ft=180, l_up=-110, r_up=-70,
         head=100, trunk=92, pinx=("right_ankle", 0)),
   working="both")
ex("a-skip", stand(l_th=-70, l_sh=-110, l_ft=-10, l_up=-60, r_up=-120, l_fo=30, r_fo=-60,
                   pinx=("right_ankle", 0)),
   stand(r_th=5, r_sh=-88, r_ft=20, l_ft=-55, l_up=-45, l_fo=40, r_up=-130, r_fo=-40, air=5,
         pinx=("left_ankle", 10)))
ex("walk-run-intervals",
   stand(r_th=-74, r_sh=-84, r_ft=15, l_th=-104, l_sh=-114, l_ft=-25, l_up=-70, r_up=-105,
         l_fo=-40, r_fo=-100),
   stand(trunk=84, r_th=-35, r_sh=-102, l_th=-118, l_sh=-168, l_ft=-120, air=5, l_up=-45,
         l_fo=40, r_up=-132, r_fo=-50, dx=14), working="both")


def illustration(exercise_id, on_mat):
    start_spec, end_spec, working, props, _ = SPECS[exercise_id]
    view = start_spec.get("view", "side")
    start = pose(start_spec, on_mat)
    end = pose(end_spec, on_mat)
    made = [p(start, end) for p in props]
    if on_mat:
        xs = [p[0] for p in list(start.values()) + list(end.values())]
        made.insert(0, {"kind": "mat", "x": round(min(xs) - 8, 1), "y": 0.0,
                        "width": round(max(xs) - min(xs) + 16, 1), "height": MAT})
    as_json = lambda joints: {k: [joints[k][0], joints[k][1]] for k in JOINTS}
    clean = []
    for p in made:
        item = {"kind": p["kind"]}
        for key in ("x", "y", "width", "height"):
            if p.get(key):
                item[key] = round(p[key], 1)
        if p.get("joints"):
            item["joints"] = p["joints"]
        clean.append(item)
    return {"view": view, "working_leg": working, "props": clean, "start": as_json(start),
            "end": as_json(end)}


def main():
    path = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else
                        pathlib.Path(__file__).with_name("exercises.json"))
    document = json.loads(path.read_text(encoding="utf-8"))
    ids = [e["id"] for e in document["exercises"]]
    missing = [i for i in ids if i not in SPECS]
    extra = [i for i in SPECS if i not in ids]
    if missing or extra:
        sys.exit(f"poses.py: no pose for {missing}; poses for unknown ids {extra}")
    for exercise in document["exercises"]:
        on_mat = "mat" in exercise["equipment"]
        exercise["illustration"] = illustration(exercise["id"], on_mat)
    document["version"] = 2
    document["library_version"] = max(document["library_version"], 2)
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    # one line per point keeps the file readable and reviewable
    text = re.sub(r"\[\s+(-?[0-9.]+),\s+(-?[0-9.]+)\s+\]", r"[\1, \2]", text)
    text = text.replace("-0.0,", "0.0,").replace("-0.0]", "0.0]")
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
