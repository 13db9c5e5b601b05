/** Where attachments go on the host: remoteTargetFor(profile, request, attachment) → { dir, name, publicUrl }. */
export {
  remoteTargetFor,
  remoteDirFor,
  remoteFileName,
  publicUrlFor,
  asciiDatedName,
  keptName,
  safeSegment,
  NO_INDICATOR,
  type RemoteTarget,
  type LayoutProfile,
  type LayoutRequest,
  type LayoutAttachment
} from './remote-target'
