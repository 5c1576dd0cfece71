import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import type { TimeWindow } from '../time/window';
import type { MarkerImage } from './icons';
import { PIXEL_RATIO } from './icons';
import { denseAttributes, hexRgb, hiddenMask, splitTime, type DensePoints } from './denseEvents';
import { atlasLayout, type AtlasLayout } from './denseAtlas';

/**
 * Faded events, outside the window, are faint dots of their category's colour, this many CSS
 * pixels across: tens of thousands of full markers would cost the software rasteriser seconds a frame.
 */
const FADED = { size: 5, opacity: 0.35 } as const;
/** Above this many events in the window, the shown ones too are dots (this size, ringed in the outline colour): markers that many would only cover each other. */
export const SPRITE_LIMIT = 5_000;
const DOT = 8;

const VERTEX = `#version 300 es
precision highp float;
uniform mat4 u_matrix;
uniform vec4 u_window;
uniform float u_has_window;
uniform float u_pass;
uniform float u_size;
uniform float u_dot;
uniform float u_shown_dot;
in vec2 a_pos;
in vec3 a_colour;
in vec4 a_time;
in float a_cell;
in float a_hidden;
out float v_cell;
out float v_opacity;
out float v_dot;
out vec3 v_colour;
bool atLeast(vec2 a, vec2 b) { return a.x > b.x || (a.x == b.x && a.y >= b.y); }
void main() {
  bool shown = u_has_window < 0.5 || (atLeast(a_time.zw, u_window.xy) && atLeast(u_window.zw, a_time.xy));
  // Pass 0 draws the faded events, pass 1 the shown ones over them, pass 2 halos.
  bool drawn = a_hidden < 0.5 && (u_pass > 1.5 || (u_pass > 0.5) == shown);
  v_cell = a_cell;
  bool dotted = u_pass > 0.5 && u_pass < 1.5 && u_shown_dot > 0.0;
  v_dot = u_pass < 0.5 ? 1.0 : dotted ? 2.0 : 0.0;
  v_colour = a_colour;
  v_opacity = u_pass < 0.5 ? ${FADED.opacity} : 1.0;
  gl_PointSize = drawn ? (u_pass < 0.5 ? u_dot : dotted ? u_shown_dot : u_size) : 0.0;
  gl_Position = drawn ? u_matrix * vec4(a_pos, 0.0, 1.0) : vec4(2.0, 2.0, 2.0, 1.0);
}`;

const FRAGMENT = `#version 300 es
precision mediump float;
uniform sampler2D u_atlas;
uniform vec2 u_grid;
uniform vec3 u_outline;
in float v_cell;
in float v_opacity;
in float v_dot;
in vec3 v_colour;
out vec4 colour;
void main() {
  if (v_dot > 0.5) {
    vec2 d = gl_PointCoord - 0.5;
    float r2 = dot(d, d);
    if (r2 > 0.25) discard;
    colour = vec4(v_dot > 1.5 && r2 > 0.1 ? u_outline : v_colour, 1.0) * v_opacity;
    return;
  }
  vec2 cell = vec2(mod(v_cell, u_grid.x), floor(v_cell / u_grid.x));
  colour = texture(u_atlas, (cell + gl_PointCoord) / u_grid) * v_opacity;
}`;

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type) as WebGLShader;
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(`dense events shader: ${gl.getShaderInfoLog(shader)}`);
  return shader;
}

function program(gl: WebGL2RenderingContext): WebGLProgram {
  const p = gl.createProgram();
  gl.attachShader(p, compile(gl, gl.VERTEX_SHADER, VERTEX));
  gl.attachShader(p, compile(gl, gl.FRAGMENT_SHADER, FRAGMENT));
  gl.linkProgram(p);
  if (!gl.getProgramParameter(p, gl.LINK_STATUS)) throw new Error(`dense events program: ${gl.getProgramInfoLog(p)}`);
  return p;
}

function atlasCanvas(doc: Document, images: readonly MarkerImage[], layout: AtlasLayout): HTMLCanvasElement {
  const canvas = doc.createElement('canvas');
  canvas.width = layout.columns * layout.cell;
  canvas.height = layout.rows * layout.cell;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  images.forEach(({ image }, i) => {
    const [x, y] = layout.origin(i, image.width, image.height);
    ctx.putImageData(image, x, y);
  });
  return canvas;
}

/** The layer's inputs that change while the map is up; each change costs one repaint and no upload of the events. */
export interface DenseLayer extends CustomLayerInterface {
  /** The window, and how many events it holds (markers or dots, see SPRITE_LIMIT). */
  setWindow(window: TimeWindow | null, shown: number): void;
  /** Hidden categories, and the events the facets and search let through (null: all). */
  setHidden(hidden: ReadonlySet<string>, matches: ReadonlySet<string> | null): void;
  /** The events ringed: selected, hovered, a chapter's. */
  setHalo(ids: readonly string[]): void;
}

/**
 * Every event as a point sprite cut from an atlas of the marker images, in one draw per pass.
 * The time window is a uniform, so a scrub step uploads nothing and costs one repaint.
 */
export function denseLayer(id: string, doc: Document, points: DensePoints, images: readonly MarkerImage[], colours: Float32Array, outline: string): DenseLayer {
  const outlineRgb = hexRgb(outline);
  const layout = atlasLayout(images.map((i) => i.image));
  const cellOf = new Map(images.map((image, i) => [image.name, i]));
  const haloCell = cellOf.get('halo') ?? 0;
  const indexOf = new Map(points.ids.map((pid, i) => [pid, i]));
  let map: MapLibreMap | null = null;
  let state: {
    window: TimeWindow | null;
    shown: number;
    hidden: ReadonlySet<string>;
    matches: ReadonlySet<string> | null;
    halo: readonly string[];
  } = {
    window: null,
    shown: points.ids.length,
    hidden: new Set(),
    matches: null,
    halo: [],
  };
  let gl: WebGL2RenderingContext | null = null;
  let res: {
    program: WebGLProgram;
    points: WebGLVertexArrayObject;
    halo: WebGLVertexArrayObject;
    hiddenBuffer: WebGLBuffer;
    haloBuffer: WebGLBuffer;
    texture: WebGLTexture;
    uniforms: Record<string, WebGLUniformLocation | null>;
  } | null = null;
  let haloCount = 0;
  let dirty = { hidden: true, halo: true };

  const attribute = (g: WebGL2RenderingContext, p: WebGLProgram, name: string, data: Float32Array, size: number, stride = 0, offset = 0) => {
    const buffer = g.createBuffer();
    g.bindBuffer(g.ARRAY_BUFFER, buffer);
    g.bufferData(g.ARRAY_BUFFER, data, g.STATIC_DRAW);
    const at = g.getAttribLocation(p, name);
    g.enableVertexAttribArray(at);
    g.vertexAttribPointer(at, size, g.FLOAT, false, stride, offset);
    return buffer;
  };

  const changed = (patch: Partial<typeof state>, flags: Partial<typeof dirty> = {}) => {
    state = { ...state, ...patch };
    dirty = { ...dirty, ...flags };
    map?.triggerRepaint();
  };

  return {
    id,
    type: 'custom',
    renderingMode: '2d',
    // Compare-and-set: an unchanged input must not cost a repaint.
    setWindow: (window, shown) => {
      if (window?.start !== state.window?.start || window?.end !== state.window?.end || shown !== state.shown) changed({ window, shown });
    },
    setHidden: (hidden, matches) => {
      if (hidden !== state.hidden || matches !== state.matches) changed({ hidden, matches }, { hidden: true });
    },
    setHalo: (halo) => {
      if (halo.length !== state.halo.length || halo.some((h, i) => h !== state.halo[i])) changed({ halo }, { halo: true });
    },
    onAdd(m, context) {
      map = m;
      gl = context;
      const p = program(context);
      const { position, time } = denseAttributes(points);
      const cells = new Float32Array(points.icons.map((name) => cellOf.get(name) ?? 0));
      const pointsVao = context.createVertexArray();
      context.bindVertexArray(pointsVao);
      attribute(context, p, 'a_pos', position, 2);
      attribute(context, p, 'a_time', time, 4);
      attribute(context, p, 'a_cell', cells, 1);
      attribute(context, p, 'a_colour', colours, 3);
      const hiddenBuffer = attribute(context, p, 'a_hidden', hiddenMask(points, state.hidden, state.matches), 1);
      const haloVao = context.createVertexArray();
      context.bindVertexArray(haloVao);
      // One interleaved buffer: x, y, cell; halos are never hidden nor timed.
      const haloBuffer = attribute(context, p, 'a_pos', new Float32Array(0), 2, 12, 0);
      const cellAt = context.getAttribLocation(p, 'a_cell');
      context.enableVertexAttribArray(cellAt);
      context.vertexAttribPointer(cellAt, 1, context.FLOAT, false, 12, 8);
      context.bindVertexArray(null);
      const texture = context.createTexture();
      context.bindTexture(context.TEXTURE_2D, texture);
      context.pixelStorei(context.UNPACK_PREMULTIPLY_ALPHA_WEBGL, true);
      context.texImage2D(context.TEXTURE_2D, 0, context.RGBA, context.RGBA, context.UNSIGNED_BYTE, atlasCanvas(doc, images, layout));
      context.pixelStorei(context.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
      for (const [k, v] of [
        [context.TEXTURE_MIN_FILTER, context.LINEAR],
        [context.TEXTURE_MAG_FILTER, context.LINEAR],
        [context.TEXTURE_WRAP_S, context.CLAMP_TO_EDGE],
        [context.TEXTURE_WRAP_T, context.CLAMP_TO_EDGE],
      ])
        context.texParameteri(context.TEXTURE_2D, k, v);
      const uniforms = Object.fromEntries(
        ['u_matrix', 'u_window', 'u_has_window', 'u_pass', 'u_size', 'u_dot', 'u_shown_dot', 'u_outline', 'u_atlas', 'u_grid'].map((name) => [
          name,
          context.getUniformLocation(p, name),
        ]),
      );
      res = { program: p, points: pointsVao, halo: haloVao, hiddenBuffer, haloBuffer, texture, uniforms };
      dirty = { hidden: true, halo: true };
    },
    onRemove() {
      if (gl && res) {
        gl.deleteProgram(res.program);
        gl.deleteVertexArray(res.points);
        gl.deleteVertexArray(res.halo);
        gl.deleteTexture(res.texture);
      }
      res = null;
      gl = null;
      map = null;
    },
    render(context: WebGLRenderingContext | WebGL2RenderingContext, options: CustomRenderMethodInput) {
      const g = context as WebGL2RenderingContext;
      if (!res || !map) return;
      const { uniforms: u } = res;
      if (dirty.hidden) {
        g.bindBuffer(g.ARRAY_BUFFER, res.hiddenBuffer);
        g.bufferData(g.ARRAY_BUFFER, hiddenMask(points, state.hidden, state.matches), g.DYNAMIC_DRAW);
      }
      if (dirty.halo) {
        const shown = state.halo.map((hid) => indexOf.get(hid)).filter((i) => i !== undefined);
        const data = new Float32Array(shown.flatMap((i) => [points.xy[2 * i], points.xy[2 * i + 1], haloCell]));
        g.bindBuffer(g.ARRAY_BUFFER, res.haloBuffer);
        g.bufferData(g.ARRAY_BUFFER, data, g.DYNAMIC_DRAW);
        haloCount = shown.length;
      }
      dirty = { hidden: false, halo: false };
      g.useProgram(res.program);
      g.uniformMatrix4fv(u.u_matrix, false, options.defaultProjectionData.mainMatrix as Float32Array);
      const w = state.window;
      const [sh, sl] = splitTime(w?.start ?? 0);
      const [eh, el] = splitTime(w?.end ?? 0);
      g.uniform4f(u.u_window, sh, sl, eh, el);
      g.uniform1f(u.u_has_window, w ? 1 : 0);
      g.uniform1f(u.u_size, (layout.cell / PIXEL_RATIO) * map.getPixelRatio());
      g.uniform1f(u.u_dot, FADED.size * map.getPixelRatio());
      g.uniform1f(u.u_shown_dot, state.shown > SPRITE_LIMIT ? DOT * map.getPixelRatio() : 0);
      g.uniform3f(u.u_outline, ...outlineRgb);
      g.uniform2f(u.u_grid, layout.columns, layout.rows);
      g.activeTexture(g.TEXTURE0);
      g.bindTexture(g.TEXTURE_2D, res.texture);
      g.uniform1i(u.u_atlas, 0);
      g.enable(g.BLEND);
      g.blendFunc(g.ONE, g.ONE_MINUS_SRC_ALPHA);
      g.disable(g.DEPTH_TEST);
      g.bindVertexArray(res.points);
      for (const pass of w ? [0, 1] : [1]) {
        g.uniform1f(u.u_pass, pass);
        g.drawArrays(g.POINTS, 0, points.ids.length);
      }
      if (haloCount) {
        g.bindVertexArray(res.halo);
        // Constant attributes are context state, not the vertex array's.
        g.vertexAttrib4f(g.getAttribLocation(res.program, 'a_time'), 0, 0, 0, 0);
        g.vertexAttrib1f(g.getAttribLocation(res.program, 'a_hidden'), 0);
        g.vertexAttrib3f(g.getAttribLocation(res.program, 'a_colour'), 0, 0, 0);
        g.uniform1f(u.u_pass, 2);
        g.drawArrays(g.POINTS, 0, haloCount);
      }
      g.bindVertexArray(null);
    },
  };
}
