export const id = 271;
export const ids = [271];
export const modules = {

/***/ 1271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runConvert: () => (/* binding */ runConvert)
/* harmony export */ });
/* harmony import */ var _project_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4449);
/* harmony import */ var _convert_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3417);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8670);
/* harmony import */ var _template_output_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8496);
/* harmony import */ var _github_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2935);
// `convert`: Compose → CloudFormation template, offline. No credentials, no network, no AWS SDK.
// Network facts come from the inputs and the Compose file only; what is missing becomes template
// Parameters, and the Description and the summary say so.





async function runConvert(context) {
    const { host } = context;
    const { project, stackName, workingDir } = (0,_project_js__WEBPACK_IMPORTED_MODULE_0__/* .loadForMode */ .F1)(context);
    const { template, warnings, parameters } = (0,_convert_index_js__WEBPACK_IMPORTED_MODULE_1__/* .convertProject */ .$l)(project, { stackName, network: (0,_project_js__WEBPACK_IMPORTED_MODULE_0__/* .networkFactsFromInputs */ .r$)(context) });
    (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .reportDiagnostics */ .D)(host, warnings, 'warning');
    const written = (0,_template_output_js__WEBPACK_IMPORTED_MODULE_3__/* .writeTemplate */ .sy)(context, template, stackName, workingDir);
    host.setOutput('stack-name', stackName);
    // The shared renderer (as every mode's summary); in a terminal the template is already on stdout, so not again.
    await (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_4__.writeSummary)(host, {
        mode: 'convert',
        result: 'success',
        stackName,
        project: project.name,
        ...(host.kind === 'action' ? { template: (0,_template_output_js__WEBPACK_IMPORTED_MODULE_3__/* .templateInfo */ .pT)(written) } : {}),
        warnings: warnings.map(_template_output_js__WEBPACK_IMPORTED_MODULE_3__/* .toReportWarning */ .I6),
    });
    await host.appendSummary((0,_template_output_js__WEBPACK_IMPORTED_MODULE_3__/* .templateInventory */ .vx)({ project, template, unresolvedNetworkParameters: parameters }));
}


/***/ }),

/***/ 8496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I6: () => (/* binding */ toReportWarning),
/* harmony export */   pT: () => (/* binding */ templateInfo),
/* harmony export */   sy: () => (/* binding */ writeTemplate),
/* harmony export */   vx: () => (/* binding */ templateInventory)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _convert_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3417);
/* harmony import */ var _write_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8655);
// Writing the generated template where the user asked (template-path), or to stdout in the CLI, and the
// short markdown summary of what it contains. Written whole or not at all: a failure never leaves half a file.




function writeTemplate(context, template, stackName, workingDir) {
    const { host, inputs } = context;
    const format = inputs.oneOf('template-format', ['yaml', 'json']);
    const text = (0,_convert_index_js__WEBPACK_IMPORTED_MODULE_2__/* .renderTemplate */ .Xm)(template, format);
    const sha256 = (0,_convert_index_js__WEBPACK_IMPORTED_MODULE_2__/* .templateSha256 */ .K4)(template);
    let path;
    const requested = inputs.string('template-path');
    if (requested !== '')
        path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workingDir, requested);
    else if (host.kind === 'action') {
        path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(host.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'compose-ecs-action', `${stackName}.template.${format === 'json' ? 'json' : 'yaml'}`);
    }
    if (path) {
        (0,_write_file_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomically */ .l)(path, text, 'template', 'template-path');
        host.setOutput('template-path', path);
        host.info(`Template written to ${path}`);
    }
    else {
        host.writeStdout(text.endsWith('\n') ? text : `${text}\n`);
    }
    host.setOutput('template-sha256', sha256);
    return { path, sha256, format, text };
}
/** What the template holds: services, resource counts by type, and whether network facts were resolved. */
function templateInventory(options) {
    const { project, template, unresolvedNetworkParameters: unresolved } = options;
    const counts = new Map();
    for (const resource of Object.values(template.Resources))
        counts.set(resource.Type, (counts.get(resource.Type) ?? 0) + 1);
    const rows = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([type, n]) => `| \`${type}\` | ${n} |`);
    const services = Object.keys(project.services);
    const lines = [
        '',
        `### What the template holds`,
        '',
        `${services.length} service(s) (${services.map((s) => `\`${escapeCode(s)}\``).join(', ')}), ${Object.keys(template.Resources).length} resources.`,
        '',
        unresolved.length > 0
            ? `Network facts are unresolved (no \`vpc\`/\`subnets\` given and no AWS lookup in this mode): the template takes them as Parameters (${unresolved.map((p) => `\`${p}\``).join(', ')}).`
            : 'Network facts are resolved and inlined.',
        '',
        '| Resource type | Count |',
        '| --- | --- |',
        ...rows,
        '',
    ];
    return lines.join('\n');
}
/** Service names are [a-zA-Z0-9._-] (the Compose schema), but a backtick must never close the code span. */
function escapeCode(text) {
    return text.replace(/`/g, "'");
}
/** The written template as the renderer's RunReport carries it. */
function templateInfo(written) {
    return { format: written.format, body: written.text, sha256: written.sha256, ...(written.path ? { path: written.path } : {}) };
}
/** A loader or converter diagnostic as the renderer's RunReport carries it. */
function toReportWarning(d) {
    const warning = { message: d.message };
    if (d.key)
        warning.key = d.key;
    if (d.source?.file)
        warning.file = d.source.file;
    if (d.source?.line !== undefined)
        warning.line = d.source.line;
    if (d.source?.column !== undefined)
        warning.column = d.source.column;
    return warning;
}


/***/ }),

/***/ 8655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ writeFileAtomically)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
// Writing an artifact the user asked for (a template, a Compose override) whole or not at all: a failure never
// leaves half a file where a later step would pick it up.



/** Writes through a temporary file and a rename; `what` and `input` name the artifact and its path input in errors. */
function writeFileAtomically(path, text, what, input) {
    const temporary = `${path}.${process.pid}.tmp`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(temporary, text);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, path);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(temporary, { force: true });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot write the ${what} to ${path}: ${error.message}. Check that "${input}" names a writable location.`, { cause: error });
    }
}


/***/ })

};
